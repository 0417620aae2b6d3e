package com.carenext.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A care visit (关爱走访) as the visitor records it. */
public record VisitDraft(
        @NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
        @NotBlank @Size(max = 100) String visitor,
        @Size(max = 500) String physicalCondition,
        @Size(max = 500) String mentalCondition,
        @Size(max = 500) String needs,
        @Size(max = 500) String followUp) {
}
