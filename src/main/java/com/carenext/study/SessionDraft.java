package com.carenext.study;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A study or training session as the organizer enters it; no targets means the whole organizer's subtree. */
public record SessionDraft(
        @NotNull Long organizationId,
        @NotNull SessionKind kind,
        @NotBlank @Size(max = 200) String topic,
        @NotNull SessionMode mode,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @NotNull @DecimalMin(value = "0.5", message = "{validation.hours.range}")
        @DecimalMax(value = "24", message = "{validation.hours.range}") BigDecimal hours,
        @NotBlank @Size(max = 100) String organizer,
        @Size(max = 200) String place,
        @Size(max = 500) String link,
        @Size(max = 1000) String materials,
        List<Long> targetOrganizationIds) {

    public SessionDraft {
        targetOrganizationIds = targetOrganizationIds == null ? List.of() : List.copyOf(targetOrganizationIds);
    }
}
