package com.carenext.plan;

import java.util.List;

/**
 * One section of a plan, e.g. "一、强化理论学习，压实“五老”责任".
 *
 * @param number the section numeral without punctuation ("一"), empty for the single section of a plan without
 *               numbered sections
 * @param title  the heading text after the numeral
 * @param body   section text that is not a task (a lead-in such as "主要有以下几项重点工作："), may be empty
 * @param tasks  the section's tasks; a section without enumerated items has one task holding its whole text
 */
public record ParsedSection(String number, String title, String body, List<ParsedTask> tasks) {

    public ParsedSection {
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
