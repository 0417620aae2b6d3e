package com.carenext.publicity;

import java.time.Instant;

/** An archived 通报: the content and text exactly as generated, when and by whom. */
public record BulletinView(long id, String month, String documentNumber, String title, String text,
                           BulletinContent content, Instant generatedAt, String generatedBy) {

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm");

    /** When it was generated, on the office's clock ({@code carenext.zone}). */
    public String generatedAtText(java.time.ZoneId officeZone) {
        return SHOWN.format(generatedAt.atZone(officeZone));
    }
}
