package com.carenext.exports;

import com.carenext.shared.BadRequestException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;

/**
 * A job's filter is kept as the list page's own query string ({@code organizationId=5&type=LEGAL_EDUCATION}), so it
 * survives a restart and reads as what the user chose; it is bound to the module's filter record the way Spring MVC
 * binds the list page (same conversions, {@code @DateTimeFormat} included). A value that does not bind is a 400.
 */
@Component
class ExportFilters {

    static final int MAX_LENGTH = 2000;
    private static final Set<String> NOT_FILTERS = Set.of("kind", "_csrf", "_formToken");

    private final ConversionService conversions;

    ExportFilters(@Qualifier("mvcConversionService") ConversionService conversions) {
        this.conversions = conversions;
    }

    /** The filter's non-blank values as a query string, in name order. */
    String encode(Map<String, String> filter) {
        Map<String, String> sorted = new TreeMap<>();
        filter.forEach((name, value) -> {
            if (name != null && !NOT_FILTERS.contains(name) && value != null && !value.isBlank()) {
                sorted.put(name, value.strip());
            }
        });
        StringBuilder query = new StringBuilder();
        sorted.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (query.length() > MAX_LENGTH) {
            throw new BadRequestException("export.badFilter");
        }
        return query.toString();
    }

    Map<String, String> decode(String query) {
        Map<String, String> values = new TreeMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    /** The module's filter record from the kept values; a value of the wrong type is a 400. */
    <F> F bind(Class<F> type, Map<String, String> values) {
        DataBinder binder = new DataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversions);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> parameterType) {
                return values.get(name);
            }

            @Override
            public Set<String> getNames() {
                return values.keySet();
            }
        });
        if (binder.getBindingResult().hasErrors() || binder.getTarget() == null) {
            throw new BadRequestException("export.badFilter");
        }
        return type.cast(binder.getTarget());
    }
}
