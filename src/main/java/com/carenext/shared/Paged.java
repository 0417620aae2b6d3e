package com.carenext.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list paged in SQL ({@code OFFSET ... FETCH FIRST}), with the exact number of rows on all pages, so
 * a list is never silently cut: the page shows "共 N 条" and its previous/next links ({@code templates/pager.html}).
 * For lists that are ordered by something other than their key and stay in the thousands; the million-row lists
 * (audit, activities, 五老) page by key instead.
 */
public record Paged<T>(List<T> rows, int page, int size, long total) {

    public Paged {
        rows = List.copyOf(rows);
    }

    /** The page number asked for, never below the first page. */
    public static int page(Integer asked) {
        return asked == null ? 0 : Math.max(0, asked);
    }

    /** The first row of a page, for {@code OFFSET}. */
    public static long offset(int page, int size) {
        return (long) Math.max(0, page) * size;
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(rows.stream().map(mapper).toList(), page, size, total);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return offset(page, size) + rows.size() < total;
    }

    /** The number (from 1) of the first row shown, 0 when none is. */
    public long firstRow() {
        return rows.isEmpty() ? 0 : offset(page, size) + 1;
    }

    public long lastRow() {
        return offset(page, size) + rows.size();
    }
}
