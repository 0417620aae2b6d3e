package com.carenext.patrol;

import java.math.BigDecimal;

public record WaterBodyView(long id, long organizationId, String organizationPath, String name, WaterKind kind,
                            RiskTier riskTier, BigDecimal latitude, BigDecimal longitude, String responsiblePersons,
                            String checkInCode, long version) {
}
