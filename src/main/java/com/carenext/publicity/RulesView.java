package com.carenext.publicity;

/** A year's rules as they govern the caller: {@code defined} is false while the defaults apply. */
public record RulesView(int year, boolean defined, boolean own, ScoringRules rules, Long version) {
}
