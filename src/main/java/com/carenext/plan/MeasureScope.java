package com.carenext.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organizations a figure counts: the subtrees under the given materialized paths (a task's owner units).
 * {@link #sql(String)} and {@link #params()} give the matching SQL condition, so that each module filters in SQL.
 */
public record MeasureScope(List<String> paths) {

    public MeasureScope {
        paths = List.copyOf(paths);
    }

    /** The part of this scope that also lies under {@code viewerPath} (a viewer's subtree). */
    public MeasureScope within(String viewerPath) {
        List<String> kept = new ArrayList<>();
        for (String path : paths) {
            if (path.startsWith(viewerPath)) {
                kept.add(path);
            } else if (viewerPath.startsWith(path) && !kept.contains(viewerPath)) {
                kept.add(viewerPath);
            }
        }
        return new MeasureScope(kept);
    }

    /** A condition on {@code column} that holds for paths inside the scope (false when the scope is empty). */
    public String sql(String column) {
        return sql(column, "scope");
    }

    /** {@link #sql(String)} with its parameters named {@code prefix0, prefix1 …}, so several scopes fit one query. */
    public String sql(String column, String prefix) {
        if (paths.isEmpty()) {
            return "(1 = 0)";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            parts.add(column + " LIKE :" + prefix + i);
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    /** The named parameters of {@link #sql(String)}. */
    public Map<String, Object> params() {
        return params("scope");
    }

    /** The named parameters of {@link #sql(String, String)}. */
    public Map<String, Object> params(String prefix) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            params.put(prefix + i, paths.get(i) + "%");
        }
        return params;
    }
}
