package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scoring rules of one year, set by the town office as data (量化考核细则): points per outlet level and per
 * article kind, how multi-level publication counts, the monthly quota per organization type with its penalty,
 * caps, and the thresholds of the year-end commendation (表彰) and criticism (通报批评) lists.
 *
 * @param monthlyCap        most positive points an organization earns in a month; null for no cap
 * @param yearlyCap         most positive points an organization earns in the year; null for no cap
 * @param commendTop        how many organizations at most are commended
 * @param commendThreshold  the fewest year points an organization needs to be commended
 * @param criticizeMissedMonths an organization that missed its quota in at least this many months is criticized
 *                          (0: nobody is)
 * @param documentPrefix    the issuing office's code in the 通报's 文号, e.g. 乌召关工宣
 */
public record ScoringRules(int year, Map<OutletLevel, Integer> levelPoints, Map<ArticleKind, Integer> kindPoints,
                           CountingRule counting, Map<OrganizationType, Integer> monthlyQuota, int penaltyPerMissing,
                           Integer monthlyCap, Integer yearlyCap, int commendTop, int commendThreshold,
                           int commendCorrespondentTop, int commendCorrespondentThreshold,
                           int criticizeMissedMonths, String documentPrefix) {

    public ScoringRules {
        levelPoints = complete(OutletLevel.class, levelPoints);
        kindPoints = complete(ArticleKind.class, kindPoints);
        monthlyQuota = monthlyQuota == null ? Map.of() : Map.copyOf(monthlyQuota);
        documentPrefix = documentPrefix == null || documentPrefix.isBlank() ? "关工宣" : documentPrefix.strip();
    }

    /** The rules a town starts from until its office sets its own. */
    public static ScoringRules defaults(int year) {
        Map<OutletLevel, Integer> levels = new EnumMap<>(OutletLevel.class);
        levels.put(OutletLevel.TOWN, 1);
        levels.put(OutletLevel.BANNER, 3);
        levels.put(OutletLevel.CITY, 5);
        levels.put(OutletLevel.REGION, 8);
        levels.put(OutletLevel.NATIONAL, 10);
        Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
        kinds.put(ArticleKind.NEWS, 0);
        kinds.put(ArticleKind.FEATURE, 1);
        kinds.put(ArticleKind.RESEARCH, 2);
        kinds.put(ArticleKind.OTHER, 0);
        Map<OrganizationType, Integer> quota = new EnumMap<>(OrganizationType.class);
        quota.put(OrganizationType.VILLAGE_COMMITTEE, 1);
        quota.put(OrganizationType.COMMUNITY_COMMITTEE, 1);
        return new ScoringRules(year, levels, kinds, CountingRule.HIGHEST_ONLY, quota, 2, 30, null, 3, 20, 5, 10,
                3, "乌召关工宣");
    }

    public int points(OutletLevel level) {
        return levelPoints.get(level);
    }

    public int points(ArticleKind kind) {
        return kindPoints.get(kind);
    }

    public int quota(OrganizationType type) {
        return type == null ? 0 : monthlyQuota.getOrDefault(type, 0);
    }

    private static <K extends Enum<K>> Map<K, Integer> complete(Class<K> type, Map<K, Integer> given) {
        Map<K, Integer> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            Integer value = given == null ? null : given.get(key);
            all.put(key, value == null ? 0 : value);
        }
        return java.util.Collections.unmodifiableMap(all);
    }
}
