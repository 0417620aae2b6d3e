package com.carenext.plan;

import java.util.Map;

/**
 * A named measure: its code (unique across modules, prefixed by the module), the message keys of its name and unit,
 * and optionally one parameter ({@code param}, e.g. {@code type}) with its allowed values and their message keys.
 */
public record Measure(String code, String nameKey, String unitKey, String param, Map<String, String> options) {

    public Measure {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public static Measure of(String code, String nameKey, String unitKey) {
        return new Measure(code, nameKey, unitKey, null, Map.of());
    }
}
