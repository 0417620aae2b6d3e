package com.carenext.scorecard;

import com.carenext.organization.OrganizationType;
import java.util.List;
import java.util.Set;

/**
 * The default set (默认) a town loads for a year and a level: 四纳入 and 四统一 by evidence, 五好 from the figures
 * where a module has them. Titles and descriptions are message keys ({@code scorecard.default.<key>.title}, {@code
 * .description}), resolved once when loaded; from then on they are the town's data. Points add up to 100.
 */
final class DefaultCriteria {

    /** The levels a default set is offered for: the grassroots committees and schools a town scores. */
    static final Set<OrganizationType> LEVELS = Set.of(OrganizationType.VILLAGE_COMMITTEE,
            OrganizationType.COMMUNITY_COMMITTEE, OrganizationType.SCHOOL);

    /** One default criterion. */
    record Item(String key, CriterionGroup group, CriterionMethod method, String measure, String param,
                long threshold, boolean waterOnly, int points) {
    }

    static final List<Item> ITEMS = List.of(
            evidence("inclusion.plan", CriterionGroup.FOUR_INCLUSIONS),
            evidence("inclusion.assessment", CriterionGroup.FOUR_INCLUSIONS),
            evidence("inclusion.agenda", CriterionGroup.FOUR_INCLUSIONS),
            evidence("inclusion.budget", CriterionGroup.FOUR_INCLUSIONS),
            evidence("uniform.name", CriterionGroup.FOUR_UNIFORMS),
            evidence("uniform.seal", CriterionGroup.FOUR_UNIFORMS),
            evidence("uniform.rules", CriterionGroup.FOUR_UNIFORMS),
            evidence("uniform.ledger", CriterionGroup.FOUR_UNIFORMS),
            new Item("good.leadership", CriterionGroup.FIVE_GOOD, CriterionMethod.AUTOMATIC, UnitFigures.DIRECTORS,
                    null, 1, false, 12),
            new Item("good.team", CriterionGroup.FIVE_GOOD, CriterionMethod.AUTOMATIC, "study.sessions", null, 2,
                    false, 12),
            new Item("good.rules", CriterionGroup.FIVE_GOOD, CriterionMethod.EVIDENCE, null, null, 0, false, 12),
            new Item("good.activities", CriterionGroup.FIVE_GOOD, CriterionMethod.AUTOMATIC, "activity.held", null,
                    4, false, 12),
            new Item("good.patrol", CriterionGroup.FIVE_GOOD, CriterionMethod.AUTOMATIC, "patrol.patrols", null, 1,
                    true, 6),
            new Item("good.publicity", CriterionGroup.FIVE_GOOD, CriterionMethod.AUTOMATIC,
                    "publicity.correspondents", null, 1, false, 6));

    private DefaultCriteria() {
    }

    private static Item evidence(String key, CriterionGroup group) {
        return new Item(key, group, CriterionMethod.EVIDENCE, null, null, 0, false, 5);
    }
}
