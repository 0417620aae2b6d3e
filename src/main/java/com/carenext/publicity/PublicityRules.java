package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** The stored rules of one year of one office (the aggregate behind {@link ScoringRules}). */
class PublicityRules {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private int ruleYear;
    private CountingRule counting;
    private int penaltyPerMissing;
    private Integer monthlyCap;
    private Integer yearlyCap;
    private int commendTop;
    private int commendThreshold;
    private int commendCorrespondentTop;
    private int commendCorrespondentThreshold;
    private int criticizeMissedMonths;
    private String documentPrefix;
    @MappedCollection
    private Set<PublicityRuleValue> values = new HashSet<>();
    @Version
    private Long version;
    private Instant updatedAt;

    PublicityRules() {
    }

    static PublicityRules create(long organizationId, String organizationPath, int year) {
        PublicityRules rules = new PublicityRules();
        rules.organizationId = organizationId;
        rules.organizationPath = organizationPath;
        rules.ruleYear = year;
        return rules;
    }

    void set(ScoringRules rules, Instant now) {
        counting = rules.counting();
        penaltyPerMissing = rules.penaltyPerMissing();
        monthlyCap = rules.monthlyCap();
        yearlyCap = rules.yearlyCap();
        commendTop = rules.commendTop();
        commendThreshold = rules.commendThreshold();
        commendCorrespondentTop = rules.commendCorrespondentTop();
        commendCorrespondentThreshold = rules.commendCorrespondentThreshold();
        criticizeMissedMonths = rules.criticizeMissedMonths();
        documentPrefix = rules.documentPrefix();
        values = new HashSet<>();
        rules.levelPoints().forEach((level, points) -> values.add(new PublicityRuleValue(PublicityRuleValue.LEVEL, level.name(), points)));
        rules.kindPoints().forEach((kind, points) -> values.add(new PublicityRuleValue(PublicityRuleValue.KIND, kind.name(), points)));
        rules.monthlyQuota().forEach((type, quota) -> values.add(new PublicityRuleValue(PublicityRuleValue.QUOTA, type.name(), quota)));
        updatedAt = now;
    }

    ScoringRules rules() {
        Map<OutletLevel, Integer> levels = new EnumMap<>(OutletLevel.class);
        Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
        Map<OrganizationType, Integer> quota = new EnumMap<>(OrganizationType.class);
        for (PublicityRuleValue value : values) {
            switch (value.getDimension()) {
                case PublicityRuleValue.LEVEL -> levels.put(OutletLevel.valueOf(value.getCode()), value.getAmount());
                case PublicityRuleValue.KIND -> kinds.put(ArticleKind.valueOf(value.getCode()), value.getAmount());
                case PublicityRuleValue.QUOTA -> quota.put(OrganizationType.valueOf(value.getCode()), value.getAmount());
                default -> {
                    // A dimension of a later version: ignored by this one.
                }
            }
        }
        return new ScoringRules(ruleYear, levels, kinds, counting, quota, penaltyPerMissing, monthlyCap, yearlyCap,
                commendTop, commendThreshold, commendCorrespondentTop, commendCorrespondentThreshold,
                criticizeMissedMonths, documentPrefix);
    }

    Long getVersion() {
        return version;
    }

    long getOrganizationId() {
        return organizationId;
    }
}
