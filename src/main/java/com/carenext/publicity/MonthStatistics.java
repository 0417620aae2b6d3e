package com.carenext.publicity;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month of the caller's subtree: every organization's row (ranked), the totals, the articles published at 旗
 * level or above, and — for the town office only — every correspondent's row. For the monthly 通报, a document about
 * all of them; a page or an API answer shows one page of it ({@link MonthPage}), never all rows.
 */
public record MonthStatistics(YearMonth month, RulesView rules, List<OrganizationScore> organizations,
                              List<CorrespondentScore> correspondents, int submitted, int adopted,
                              Map<OutletLevel, Integer> adoptedByLevel, List<NotableArticle> notable) {

    /** Articles of the month adopted at 旗 level or above (each counted once, whatever its levels). */
    public int bannerOrAbove() {
        return organizations.stream().mapToInt(OrganizationScore::bannerOrAbove).sum();
    }

    public List<OrganizationScore> missedQuota() {
        return organizations.stream().filter(score -> !score.quotaMet()).toList();
    }
}
