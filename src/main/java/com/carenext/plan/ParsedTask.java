package com.carenext.plan;

import java.util.List;

/**
 * One task of a section, possibly with items of a deeper level.
 *
 * @param number the marker as written, normalised: "一是", "第一", "首先", "（一）", "1", "（1）"; empty for a
 *               task that holds the whole text of a section without items
 * @param text   the task text without its marker (for a task with items: its lead-in)
 * @param items  deeper-level items, e.g. 一是/二是 inside a "（一）" task
 */
public record ParsedTask(String number, String text, List<ParsedTask> items) {

    public ParsedTask {
        number = number == null ? "" : number;
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
