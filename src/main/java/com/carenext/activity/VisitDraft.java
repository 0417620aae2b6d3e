package com.carenext.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A visit to a base: the school is free text or a school organization in scope; the guide a 五老 (optional). */
public record VisitDraft(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
                         @NotBlank @Size(max = 200) String visitingGroup, @Size(max = 200) String school,
                         Long schoolId, @NotNull @Min(0) @Max(100000) Integer students,
                         @NotNull @Min(0) @Max(100000) Integer adults, Long guideId, @Size(max = 1000) String notes) {
}
