package com.carenext.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every module's measures by code: the plan only knows them through {@link MeasureSource}. Other modules (the
 * scorecard, the dashboards) read figures here too: one figure for a scope, or one per unit below a parent path in
 * one grouped query. The caller limits the paths to its actor's scope.
 */
@Component
public class Measures {

    /** A measure with the module bean that computes it. */
    record Offered(Measure measure, MeasureSource source) {
    }

    private final Map<String, Offered> byCode = new LinkedHashMap<>();

    Measures(List<MeasureSource> sources) {
        for (MeasureSource source : sources) {
            for (Measure measure : source.measures()) {
                if (byCode.putIfAbsent(measure.code(), new Offered(measure, source)) != null) {
                    throw new IllegalStateException("measure offered twice: " + measure.code());
                }
            }
        }
    }

    /** Every measure offered, in the order the modules offer them. */
    public List<Measure> all() {
        return byCode.values().stream().map(Offered::measure).toList();
    }

    /** Whether a measure of this code is offered. */
    public boolean offers(String code) {
        return byCode.containsKey(code);
    }

    /** The figure of a measure for records inside {@code scope} in {@code year} ({@link MeasureSource#value}). */
    public long value(String code, MeasureScope scope, int year, Map<String, String> params) {
        return source(code).value(code, scope, year, params);
    }

    /** The figure of a measure per unit below a parent path, in one query ({@link MeasureSource#valuesByUnit}). */
    public Map<String, Long> valuesByUnit(String code, String parentPath, int levels, int year,
                                          Map<String, String> params) {
        return source(code).valuesByUnit(code, parentPath, levels, year, params);
    }

    private MeasureSource source(String code) {
        return find(code).map(Offered::source).orElseThrow(() -> new IllegalArgumentException("unknown measure " + code));
    }

    Optional<Offered> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
