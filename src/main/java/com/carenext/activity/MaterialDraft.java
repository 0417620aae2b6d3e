package com.carenext.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A story or material of the library; tags separated by commas (，、 also accepted). */
public record MaterialDraft(@NotNull Long organizationId, @NotNull MaterialKind kind,
                            @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 8000) String body,
                            @Size(max = 500) String tags) {
}
