package com.carenext.patrol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A hazard found on a patrol; the photo, if any, is added separately (multipart) and checked by the photo store. */
public record HazardReport(@NotNull HazardType type, @NotNull Severity severity,
                           @NotBlank @Size(max = 1000) String description) {
}
