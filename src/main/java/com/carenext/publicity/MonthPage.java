package com.carenext.publicity;

import com.carenext.shared.Paged;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One page of a month's statistics: 50 organizations of the ranking (ranked among all of the caller's subtree, so
 * row 51 has rank 51), 50 correspondents (the town office only), and the totals of the whole subtree, summed by the
 * database: the organizations that take part, those below their quota, the articles adopted at 旗 level or above,
 * the adoptions by level and the points. {@code notable} (the month's articles at 旗 level or above) and each row's
 * explanation lines are read only for the API; the page loads an explanation when it is opened.
 */
public record MonthPage(YearMonth month, RulesView rules, Paged<OrganizationScore> organizations,
                        Paged<CorrespondentScore> correspondents, int submitted, int adopted,
                        Map<OutletLevel, Integer> adoptedByLevel, int bannerOrAbove, int missedQuota, int points,
                        List<NotableArticle> notable) {
}
