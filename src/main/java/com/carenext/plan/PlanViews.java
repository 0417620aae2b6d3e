package com.carenext.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the plan module shows of plans and tasks, to its pages, its API and other modules. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A section's number and title as one heading. The number is kept as the parser normalised it: a bare numeral
     * takes 、 (一、), a part or chapter (第二部分) is followed by a space as written, a bracketed numeral or 一是 by
     * nothing, so that no mark doubles.
     */
    static String heading(String number, String title) {
        if (number.isEmpty()) {
            return title;
        }
        if (number.startsWith("第")) {
            return number + " " + title;
        }
        boolean closed = number.endsWith("）") || number.endsWith(")") || number.endsWith("是");
        return number + (closed ? "" : "、") + title;
    }

    public record Plan(long id, long organizationId, int year, String title, String documentNumber, String issuer,
                       LocalDate issueDate, String preamble, int progress, long version, List<Section> sections) {
    }

    public record PlanSummary(long id, long organizationId, int year, String title, String documentNumber,
                              String issuer, LocalDate issueDate) {
    }

    public record Section(long id, String number, String title, String body, int progress, List<Task> tasks) {

        /** The heading as plans write it: 一、加强学习 · 第二部分 重点任务 · （一）加强学习. */
        public String heading() {
            return PlanViews.heading(number, title);
        }
    }

    public record Owner(long organizationId, String name) {
    }

    public record Task(long id, long planId, long sectionId, String planTitle, String sectionNumber, String sectionTitle,
                       String number, String text, String responsiblePerson, String dueMonths, LocalDate dueDate,
                       TaskStatus status, int progress, List<Owner> owners, long version) {

        /** The heading of the task's section, as {@link Section#heading()} writes it. */
        public String sectionHeading() {
            return PlanViews.heading(sectionNumber, sectionTitle);
        }

        public boolean overdue() {
            return status == TaskStatus.OVERDUE;
        }

        /** The same task with the progress its indicators give it. */
        public Task withProgress(int measured) {
            return new Task(id, planId, sectionId, planTitle, sectionNumber, sectionTitle, number, text,
                    responsiblePerson, dueMonths, dueDate, status, measured, owners, version);
        }
    }

    public record Progress(long id, long taskId, long organizationId, String author, String note, int percent,
                           String fileName, Long fileSize, Instant createdAt) {

        public boolean hasFile() {
            return fileName != null;
        }
    }

    /** {@code link} is the page of the record (checked when it was linked); null for {@code OTHER}. */
    public record Evidence(long id, long taskId, String recordType, long recordId, String link, String label,
                           String createdBy, Instant createdAt) {
    }
}
