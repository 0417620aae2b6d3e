package com.carenext.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A record of another module that proves a task, by type (ACTIVITY, STUDY_SESSION, ARTICLE, PATROL, …) and id, with
 * a label to show: the plan never reads that module's tables.
 */
public record EvidenceDraft(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z_]{1,39}$", message = "{plan.validation.recordType}") String recordType,
        @NotNull @Positive Long recordId,
        @NotBlank @Size(max = 300) String label) {
}
