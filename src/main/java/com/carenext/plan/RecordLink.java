package com.carenext.plan;

import java.time.LocalDate;

/** One record behind a measure's figure: its title, its date and the page that shows it. */
public record RecordLink(String title, LocalDate date, String link) {
}
