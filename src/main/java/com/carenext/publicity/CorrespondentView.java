package com.carenext.publicity;

import java.time.LocalDate;
import java.util.List;

/** A correspondent with the history of the grid they covered; the phone is masked in lists. */
public record CorrespondentView(long id, long organizationId, String organizationName, String name, String phone,
                                String grid, Long userId, boolean active, long version, List<Period> history) {

    /** One period of the grid: which organization and area, from when until when (open when {@code to} is null). */
    public record Period(long organizationId, String organizationName, String grid, LocalDate from, LocalDate to) {
    }

    public String maskedPhone() {
        return com.carenext.shared.Masking.phone(phone);
    }
}
