package com.carenext.plan;

import java.time.Instant;
import java.util.List;

/**
 * A year-end summary (年度工作总结) of a plan's organization, in the plan's own section order: per section the
 * office's text (or the generated sentence until the office edits it) and per task what was done (the indicators'
 * figures against their targets, the main records behind them, progress reports, evidence) and what fell short.
 * {@code saved} is false while no draft exists (the content is then generated on the fly, {@code version} null).
 */
public record YearEndSummary(long planId, String planTitle, String title, String organizationName, int year,
                             int progress, String opening, boolean saved, Long version, Instant generatedAt,
                             Long noticeId, boolean editable, List<Section> sections) {

    /** A plan section: its heading (一、…), progress, text and whether the office wrote that text. */
    public record Section(long id, String heading, int progress, String text, boolean edited, List<Task> tasks,
                          List<String> shortfalls) {

        Section withText(String written) {
            return new Section(id, heading, progress, written, true, tasks, shortfalls);
        }
    }

    /** A task with what was done: figures, records (with links), progress reports, evidence, and what fell short. */
    public record Task(long id, String number, String headline, int progress, boolean overdue, List<Figure> figures,
                       List<RecordLink> records, List<String> reports, List<Evidence> evidence,
                       List<String> shortfalls) {
    }

    /** An indicator's figure against its target. */
    public record Figure(String name, String unit, long target, long value, int percent) {
    }

    /** Evidence linked to the task; {@code link} is null for evidence that names no record. */
    public record Evidence(String label, String link) {
    }
}
