package com.carenext.plan;

import java.util.List;

/** The generated part of a year-end summary, kept with a draft as it was when generated (JSON in the draft's row). */
record SummaryContent(String title, String organizationName, int year, int progress, String opening,
                      List<YearEndSummary.Section> sections) {
}
