package com.carenext.patrol;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A water body as a form or the API sends it. */
public record WaterBodyDraft(@NotNull Long organizationId, @NotBlank @Size(max = 100) String name,
                             @NotNull WaterKind kind, @NotNull RiskTier riskTier,
                             @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
                             @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
                             @Size(max = 300) String responsiblePersons, Long version) {
}
