package com.carenext.plan;

import java.util.List;

/**
 * An indicator of a task with its figure: the measure's name and unit (in the viewer's language), the target, the
 * value counted in the task owners' scope, the percentage reached (at most 100) and the records behind the figure
 * that the viewer may see (the newest, at most a limit; {@code recordsTotal} counts them all).
 */
public record IndicatorView(long id, long taskId, String measure, String param, String name, String unit,
                            long target, long value, int percent, long version, List<RecordLink> records,
                            long recordsTotal) {
}
