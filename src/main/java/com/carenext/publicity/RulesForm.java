package com.carenext.publicity;

import com.carenext.organization.OrganizationType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.Map;

/** A year's rules as the office edits them (page form and API body); {@code version} guards against overwrites. */
public record RulesForm(
        @NotNull @Min(0) @Max(1000) Integer townPoints,
        @NotNull @Min(0) @Max(1000) Integer bannerPoints,
        @NotNull @Min(0) @Max(1000) Integer cityPoints,
        @NotNull @Min(0) @Max(1000) Integer regionPoints,
        @NotNull @Min(0) @Max(1000) Integer nationalPoints,
        @NotNull @Min(0) @Max(1000) Integer newsPoints,
        @NotNull @Min(0) @Max(1000) Integer featurePoints,
        @NotNull @Min(0) @Max(1000) Integer researchPoints,
        @NotNull @Min(0) @Max(1000) Integer otherPoints,
        @NotNull CountingRule counting,
        @NotNull @Min(0) @Max(31) Integer villageQuota,
        @NotNull @Min(0) @Max(31) Integer communityQuota,
        @NotNull @Min(0) @Max(31) Integer schoolQuota,
        @NotNull @Min(0) @Max(31) Integer partnerQuota,
        @NotNull @Min(0) @Max(1000) Integer penaltyPerMissing,
        @Min(0) @Max(100000) Integer monthlyCap,
        @Min(0) @Max(100000) Integer yearlyCap,
        @NotNull @Min(0) @Max(100) Integer commendTop,
        @NotNull @Min(0) @Max(100000) Integer commendThreshold,
        @NotNull @Min(0) @Max(100) Integer commendCorrespondentTop,
        @NotNull @Min(0) @Max(100000) Integer commendCorrespondentThreshold,
        @NotNull @Min(0) @Max(12) Integer criticizeMissedMonths,
        @Size(max = 40) String documentPrefix,
        Long version) {

    ScoringRules toRules(int year) {
        Map<OutletLevel, Integer> levels = new EnumMap<>(OutletLevel.class);
        levels.put(OutletLevel.TOWN, townPoints);
        levels.put(OutletLevel.BANNER, bannerPoints);
        levels.put(OutletLevel.CITY, cityPoints);
        levels.put(OutletLevel.REGION, regionPoints);
        levels.put(OutletLevel.NATIONAL, nationalPoints);
        Map<ArticleKind, Integer> kinds = new EnumMap<>(ArticleKind.class);
        kinds.put(ArticleKind.NEWS, newsPoints);
        kinds.put(ArticleKind.FEATURE, featurePoints);
        kinds.put(ArticleKind.RESEARCH, researchPoints);
        kinds.put(ArticleKind.OTHER, otherPoints);
        Map<OrganizationType, Integer> quota = new EnumMap<>(OrganizationType.class);
        quota.put(OrganizationType.VILLAGE_COMMITTEE, villageQuota);
        quota.put(OrganizationType.COMMUNITY_COMMITTEE, communityQuota);
        quota.put(OrganizationType.SCHOOL, schoolQuota);
        quota.put(OrganizationType.KINDERGARTEN, schoolQuota);
        quota.put(OrganizationType.PARTNER_UNIT, partnerQuota);
        return new ScoringRules(year, levels, kinds, counting, quota, penaltyPerMissing, monthlyCap, yearlyCap,
                commendTop, commendThreshold, commendCorrespondentTop, commendCorrespondentThreshold,
                criticizeMissedMonths, documentPrefix);
    }

    static RulesForm of(ScoringRules rules, Long version) {
        return new RulesForm(rules.points(OutletLevel.TOWN), rules.points(OutletLevel.BANNER),
                rules.points(OutletLevel.CITY), rules.points(OutletLevel.REGION), rules.points(OutletLevel.NATIONAL),
                rules.points(ArticleKind.NEWS), rules.points(ArticleKind.FEATURE), rules.points(ArticleKind.RESEARCH),
                rules.points(ArticleKind.OTHER), rules.counting(), rules.quota(OrganizationType.VILLAGE_COMMITTEE),
                rules.quota(OrganizationType.COMMUNITY_COMMITTEE), rules.quota(OrganizationType.SCHOOL),
                rules.quota(OrganizationType.PARTNER_UNIT), rules.penaltyPerMissing(), rules.monthlyCap(),
                rules.yearlyCap(), rules.commendTop(), rules.commendThreshold(), rules.commendCorrespondentTop(),
                rules.commendCorrespondentThreshold(), rules.criticizeMissedMonths(), rules.documentPrefix(), version);
    }
}
