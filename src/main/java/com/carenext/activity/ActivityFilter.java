package com.carenext.activity;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** List filters: type, period, organizing organization (its subtree), partner. */
public record ActivityFilter(ActivityType type, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Long organizationId,
                             Long partnerId) {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
