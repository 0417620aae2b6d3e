package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import java.time.LocalDateTime;

/** A criterion as stored: set by the organization at {@code organizationPath} for its units of {@code level}. */
record Criterion(long id, long organizationId, String organizationPath, int scoreYear, OrganizationType level,
                 CriterionGroup criterionGroup, String title, String description, CriterionMethod method,
                 String measure, String measureParam, long threshold, boolean waterOnly, int points, int sortOrder,
                 String defaultKey, boolean active, long version, String updatedBy, LocalDateTime updatedAt) {

    public boolean isDefault() {
        return defaultKey != null;
    }

    /** Whether this criterion scores {@code unitPath} of {@code type}: a unit strictly below its setter, of its level. */
    boolean scores(String unitPath, OrganizationType type) {
        return type == level && unitPath.startsWith(organizationPath) && !unitPath.equals(organizationPath);
    }
}
