package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One organization's month: what it submitted, what was adopted at each level (an article published at two levels
 * counts in both columns; {@code bannerOrAbove} counts articles), its quota, the points it earned after caps, the quota penalty, its total, its rank
 * among the organizations shown, and the lines that explain the total.
 */
public record OrganizationScore(YearMonth month, long organizationId, String organizationName,
                                OrganizationType organizationType, int submitted, int adopted,
                                Map<OutletLevel, Integer> adoptedByLevel, int bannerOrAbove, int quota, int missing, boolean quotaMet,
                                int earned, int penalty, int points, int rank, List<ScoreLine> lines) {
}
