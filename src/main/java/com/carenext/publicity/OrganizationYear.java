package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.util.Map;

/** One organization's year: the sums of its months, how many months it missed its quota, and its rank. */
public record OrganizationYear(long organizationId, String organizationName, OrganizationType organizationType,
                               int submitted, int adopted, Map<OutletLevel, Integer> adoptedByLevel, int earned,
                               int penalty, int points, int missedMonths, int rank) {
}
