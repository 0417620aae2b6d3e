package com.carenext.scorecard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A criterion as the town enters it; {@code version} is the version read (required on an edit). */
record CriterionDraft(
        @NotNull CriterionGroup criterionGroup,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 1000) String description,
        @NotNull CriterionMethod method,
        @Size(max = 60) String measure,
        @Size(max = 40) String measureParam,
        @Min(0) @Max(1000000) Long threshold,
        Boolean waterOnly,
        @NotNull @Min(0) @Max(100) Integer points,
        @Min(0) @Max(1000) Integer sortOrder,
        Long version) {

    static CriterionDraft of(Criterion c) {
        return new CriterionDraft(c.criterionGroup(), c.title(), c.description(), c.method(), c.measure(),
                c.measureParam(), c.threshold(), c.waterOnly(), c.points(), c.sortOrder(), c.version());
    }

    static CriterionDraft empty() {
        return new CriterionDraft(CriterionGroup.FIVE_GOOD, null, null, CriterionMethod.EVIDENCE, null, null, 1L,
                false, 5, 100, null);
    }

    boolean onlyWithWater() {
        return Boolean.TRUE.equals(waterOnly);
    }

    long thresholdOrZero() {
        return threshold == null ? 0 : threshold;
    }

    String param() {
        return measureParam == null || measureParam.isBlank() ? null : measureParam.trim();
    }
}
