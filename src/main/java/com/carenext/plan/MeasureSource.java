package com.carenext.plan;

import java.util.List;
import java.util.Map;

/**
 * A module's measures for plan task indicators: a bean in the module (e.g. {@code activity.ActivityMeasures})
 * counts its own records in SQL for the owner units of a task in the plan year. The plan module only knows this
 * interface, so a new measure needs no change in {@code plan}.
 */
public interface MeasureSource {

    /** The measures this module offers. */
    List<Measure> measures();

    /** The figure of a measure for records of organizations inside {@code scope}, in {@code year}. */
    long value(String code, MeasureScope scope, int year, Map<String, String> params);

    /**
     * The figure of a measure for each of several scopes (e.g. every town under a banner), in the order given.
     * {@link SqlMeasures} answers in one SQL statement; this default asks {@link #value} once per scope.
     */
    default long[] values(String code, List<MeasureScope> scopes, int year, Map<String, String> params) {
        long[] values = new long[scopes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(code, scopes.get(i), year, params);
        }
        return values;
    }

    /**
     * The figure of a measure for every unit {@code levels} levels below {@code parentPath} (1 = its direct
     * children), in {@code year}, as one aggregate query grouped by the unit: the records of a unit's whole subtree
     * count for it. Keyed by the unit's path; a unit without records is absent (its figure is 0). Records of an
     * organization above that depth (e.g. the parent's own) are keyed by their own, shorter path.
     */
    Map<String, Long> valuesByUnit(String code, String parentPath, int levels, int year, Map<String, String> params);

    /** The records behind the figure (newest first, at most {@code limit}), inside {@code scope}. */
    List<RecordLink> records(String code, MeasureScope scope, int year, Map<String, String> params, int limit);

    /** How many records {@link #records} has in all inside {@code scope} (a page showing a few says how many). */
    long recordCount(String code, MeasureScope scope, int year, Map<String, String> params);
}
