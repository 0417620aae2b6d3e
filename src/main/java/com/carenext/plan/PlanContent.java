package com.carenext.plan;

import static com.carenext.plan.PlanColumns.blank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * A plan's sections and tasks as written: inserted on the first import, replaced or updated (tasks matched by
 * section title and text, keeping their assignment, progress and evidence) when the same plan comes again.
 */
@Component
class PlanContent {

    private static final String NO_WORK_RECORDED = " AND NOT EXISTS (SELECT 1 FROM plan_progress WHERE task_id = :id)"
            + " AND NOT EXISTS (SELECT 1 FROM plan_evidence WHERE task_id = :id)";

    private final JdbcClient jdbc;

    PlanContent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fingerprint of a plan's text: title, sections and tasks with whitespace ignored. */
    static String hash(PlanDraft draft) {
        StringBuilder text = new StringBuilder(squeeze(draft.title()));
        for (PlanDraft.Section section : draft.sections()) {
            text.append('\u0001').append(squeeze(section.title()));
            section.tasks().forEach(task -> text.append('\u0002').append(squeeze(task.text())));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    void insert(long planId, String path, PlanDraft draft, Timestamp now) {
        int sectionOrder = 0;
        for (PlanDraft.Section section : draft.sections()) {
            long sectionId = insertSection(planId, sectionOrder++, section);
            int taskOrder = 0;
            for (PlanDraft.Task task : section.tasks()) {
                insertTask(planId, sectionId, path, taskOrder++, task, now);
            }
        }
    }

    /** Removes every section and task of the plan (with their owners, progress and evidence) and writes the draft's. */
    void replace(long planId, String path, PlanDraft draft, Timestamp now) {
        for (String table : List.of("plan_evidence", "plan_progress", "plan_task_owner", "task_indicator")) {
            jdbc.sql("DELETE FROM " + table + " WHERE task_id IN (SELECT id FROM plan_task WHERE work_plan_id = :plan)")
                    .param("plan", planId).update();
        }
        jdbc.sql("DELETE FROM plan_task WHERE work_plan_id = :plan").param("plan", planId).update();
        jdbc.sql("DELETE FROM plan_section WHERE work_plan_id = :plan").param("plan", planId).update();
        insert(planId, path, draft, now);
    }

    /**
     * Brings the plan to the draft: sections matched by title, tasks by section title and text keep their id (and so
     * their assignment, progress and evidence) and take the new order and numbering; new ones are added. A task that
     * is no longer in the text is removed unless work was recorded on it; an empty section left over is removed.
     */
    void update(long planId, String path, PlanDraft draft, Timestamp now) {
        Map<String, Long> sections = new HashMap<>();
        jdbc.sql("SELECT id, title FROM plan_section WHERE work_plan_id = :plan").param("plan", planId)
                .query(rs -> {
                    sections.put(squeeze(rs.getString("title")), rs.getLong("id"));
                });
        Map<String, Long> tasks = taskIds(planId);
        int sectionOrder = 0;
        for (PlanDraft.Section section : draft.sections()) {
            Long sectionId = sections.remove(squeeze(section.title()));
            if (sectionId == null) {
                sectionId = insertSection(planId, sectionOrder, section);
            } else {
                jdbc.sql("UPDATE plan_section SET sort_order = :order, numbering = :number, body = :body WHERE id = :id")
                        .param("order", sectionOrder).param("number", blank(section.number()))
                        .param("body", blank(section.body())).param("id", sectionId).update();
            }
            sectionOrder++;
            int taskOrder = 0;
            for (PlanDraft.Task task : section.tasks()) {
                Long taskId = tasks.remove(taskKey(section.title(), task.text()));
                if (taskId == null) {
                    insertTask(planId, sectionId, path, taskOrder, task, now);
                } else {
                    jdbc.sql("UPDATE plan_task SET section_id = :section, sort_order = :order, numbering = :number WHERE id = :id")
                            .param("section", sectionId).param("order", taskOrder).param("number", blank(task.number()))
                            .param("id", taskId).update();
                }
                taskOrder++;
            }
        }
        for (long gone : tasks.values()) {
            // a task on which work was recorded stays; its owners and indicators go with it otherwise
            for (String table : List.of("plan_task_owner", "task_indicator", "plan_task")) {
                String key = table.equals("plan_task") ? "id" : "task_id";
                jdbc.sql("DELETE FROM " + table + " WHERE " + key + " = :id" + NO_WORK_RECORDED)
                        .param("id", gone).update();
            }
        }
        for (long gone : sections.values()) {
            jdbc.sql("DELETE FROM plan_section WHERE id = :id AND NOT EXISTS (SELECT 1 FROM plan_task WHERE section_id = :id)")
                    .param("id", gone).update();
        }
    }

    /** The ids of a plan's tasks by section title and task text (whitespace ignored). */
    Map<String, Long> taskIds(long planId) {
        Map<String, Long> tasks = new HashMap<>();
        jdbc.sql("""
                        SELECT t.id, s.title, t.content FROM plan_task t JOIN plan_section s ON s.id = t.section_id
                        WHERE t.work_plan_id = :plan ORDER BY t.id""").param("plan", planId)
                .query(rs -> {
                    tasks.putIfAbsent(taskKey(rs.getString("title"), rs.getString("content")), rs.getLong("id"));
                });
        return tasks;
    }

    static String taskKey(String sectionTitle, String text) {
        return squeeze(sectionTitle) + '\u0001' + squeeze(text);
    }

    private long insertSection(long planId, int order, PlanDraft.Section section) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO plan_section (work_plan_id, sort_order, numbering, title, body)
                        VALUES (:plan, :order, :number, :title, :body)""")
                .param("plan", planId).param("order", order).param("number", blank(section.number()))
                .param("title", section.title().strip()).param("body", blank(section.body()))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private void insertTask(long planId, long sectionId, String path, int order, PlanDraft.Task task, Timestamp now) {
        jdbc.sql("""
                        INSERT INTO plan_task (work_plan_id, section_id, organization_path, sort_order, numbering,
                            content, status, progress, version, updated_at)
                        VALUES (:plan, :section, :path, :order, :number, :text, 'NOT_STARTED', 0, 0, :now)""")
                .param("plan", planId).param("section", sectionId).param("path", path)
                .param("order", order).param("number", blank(task.number()))
                .param("text", task.text().strip()).param("now", now).update();
    }

    private static String squeeze(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }
}
