package com.carenext.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every module's measures by code: the plan only knows them through {@link MeasureSource}. */
@Component
class Measures {

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

    List<Measure> all() {
        return byCode.values().stream().map(Offered::measure).toList();
    }

    Optional<Offered> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
