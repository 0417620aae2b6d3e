package com.carenext.plan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A notice (通知) as its issuer writes it. Targets are a subtree ({@code targetRootId}: every active organization
 * below it) and/or a list ({@code targetIds}); {@code workPlanId} attaches a plan.
 */
public record NoticeDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String documentNumber,
        @NotBlank @Size(max = 20000) String body,
        Long workPlanId,
        Long targetRootId,
        List<Long> targetIds) {

    public NoticeDraft {
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }

    @AssertTrue(message = "{notice.validation.targets}")
    public boolean isTargeted() {
        return targetRootId != null || !targetIds.isEmpty();
    }
}
