package com.carenext.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An indicator on a task: a measure by code, its parameter value (e.g. an activity type; blank for all) and the
 * target figure; {@code version} is required when an indicator is edited.
 */
public record IndicatorDraft(@NotBlank @Size(max = 60) String measure, @Size(max = 40) String param,
                             @NotNull @Min(1) @Max(1_000_000) Long target, Long version) {
}
