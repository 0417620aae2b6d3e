package com.carenext.plan;

import java.time.LocalDate;

/**
 * One record behind a measure's figure: its title, its date and the page that shows it; where the module knows them,
 * the place it happened and how many photos it has (null when the module has none).
 */
public record RecordLink(String title, LocalDate date, String link, String place, Integer photos) {

    public RecordLink(String title, LocalDate date, String link) {
        this(title, date, link, null, null);
    }
}
