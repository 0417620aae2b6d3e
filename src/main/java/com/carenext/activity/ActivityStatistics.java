package com.carenext.activity;

import java.util.List;

/** Counts over the caller's ledger for a year: each activity once, however many partners it has. */
public record ActivityStatistics(int year, int activities, int joint, long youths, long parents, long others,
                                 List<Row> byMonth, List<Row> byType, List<Row> byOrganization) {

    public record Row(String key, int activities, long youths) {
    }
}
