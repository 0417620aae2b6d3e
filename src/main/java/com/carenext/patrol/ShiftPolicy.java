package com.carenext.patrol;

import com.carenext.shared.BusinessRuleException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may stand on a shift: a day is given; only volunteers fit for outdoor patrol in the water body's subtree; a
 * red-tier water body needs at least two, any other at least one.
 */
final class ShiftPolicy {

    /** The chosen volunteers without repeats, in the order given; refused with the rule that is broken. */
    Set<Long> team(RiskTier tier, LocalDate day, List<Long> chosenIds, Collection<Long> fitIds) {
        if (day == null) {
            throw new BusinessRuleException("patrol.shift.day");
        }
        Set<Long> team = new LinkedHashSet<>(chosenIds == null ? List.of() : chosenIds);
        team.removeIf(Objects::isNull);
        int needed = tier == RiskTier.RED ? 2 : 1;
        if (team.size() < needed) {
            throw new BusinessRuleException(needed == 2 ? "patrol.shift.redNeedsTwo" : "patrol.shift.empty");
        }
        for (Long id : team) {
            if (!fitIds.contains(id)) {
                throw new BusinessRuleException("patrol.shift.notFit", id);
            }
        }
        return team;
    }
}
