package com.carenext.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A progress update from an owner organization: what was done and how far the task is (0–100 %). */
public record ProgressDraft(@NotBlank @Size(max = 4000) String note, @NotNull @Min(0) @Max(100) Integer percent) {
}
