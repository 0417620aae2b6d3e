package com.carenext.publicity;

import java.util.List;

/**
 * The year-end assessment (年终考核): totals per organization and correspondent through {@code throughMonth}, and the
 * lists the year's rules produce: commended organizations and correspondents (表彰), criticized organizations
 * (通报批评). Correspondent rows and lists are given to the town office only.
 */
public record YearAssessment(int year, int throughMonth, RulesView rules, List<OrganizationYear> organizations,
                             List<CorrespondentScore> correspondents, List<OrganizationYear> commended,
                             List<CorrespondentScore> commendedCorrespondents, List<OrganizationYear> criticized) {
}
