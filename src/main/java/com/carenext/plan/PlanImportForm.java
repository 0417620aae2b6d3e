package com.carenext.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The import preview as a form: the whole edited structure travels with every request (one field per section and
 * task), so nothing is kept on the server between preview steps.
 */
class PlanImportForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 100)
    private String documentNumber;
    @Size(max = 200)
    private String issuer;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;
    @NotNull
    private Long organizationId;
    @Size(max = 20000)
    private String preamble;
    @Valid
    private List<SectionForm> sections = new ArrayList<>();
    @Valid
    private List<RosterForm> roster = new ArrayList<>();
    private boolean importRoster;

    static PlanImportForm of(PlanDraft draft) {
        PlanImportForm form = new PlanImportForm();
        form.year = draft.year();
        form.title = draft.title();
        form.documentNumber = draft.documentNumber();
        form.issuer = draft.issuer();
        form.issueDate = draft.issueDate();
        form.organizationId = draft.organizationId();
        form.preamble = draft.preamble();
        for (PlanDraft.Section section : draft.sections()) {
            SectionForm s = new SectionForm();
            s.number = section.number();
            s.title = section.title();
            s.body = section.body();
            for (PlanDraft.Task task : section.tasks()) {
                TaskForm t = new TaskForm();
                t.number = task.number();
                t.text = task.text();
                s.tasks.add(t);
            }
            form.sections.add(s);
        }
        for (PlanDraft.RosterEntry entry : draft.roster()) {
            RosterForm r = new RosterForm();
            r.post = entry.post();
            r.name = entry.name();
            r.position = entry.position();
            form.roster.add(r);
        }
        form.importRoster = !form.roster.isEmpty();
        return form;
    }

    PlanDraft toDraft() {
        return new PlanDraft(year, title, documentNumber, issuer, issueDate, organizationId, preamble,
                sections.stream().map(s -> new PlanDraft.Section(s.number, s.title, s.body,
                        s.tasks.stream().map(t -> new PlanDraft.Task(t.number, t.text)).toList())).toList(),
                importRoster ? roster.stream().map(r -> new PlanDraft.RosterEntry(r.post, r.name, r.position)).toList()
                        : List.of());
    }

    /**
     * Applies one editing step named by the button pressed: {@code merge:s:t} joins task t of section s into the
     * task before it; {@code split:s:t} cuts it at its line breaks (or, on one line, at the sentence end nearest its
     * middle); {@code delete:s:t} removes it; {@code add:s} appends an empty task. Unknown steps change nothing.
     */
    void apply(String step) {
        if (step == null) {
            return;
        }
        String[] parts = step.split(":");
        try {
            int s = Integer.parseInt(parts[1]);
            if (s < 0 || s >= sections.size()) {
                return;
            }
            List<TaskForm> tasks = sections.get(s).tasks;
            if (parts[0].equals("add")) {
                tasks.add(new TaskForm());
                return;
            }
            int t = Integer.parseInt(parts[2]);
            if (t < 0 || t >= tasks.size()) {
                return;
            }
            switch (parts[0]) {
                case "merge" -> {
                    if (t > 0) {
                        TaskForm previous = tasks.get(t - 1);
                        previous.text = join(previous.text, tasks.get(t).text);
                        previous.indicators.addAll(tasks.get(t).indicators);
                        tasks.remove(t);
                    }
                }
                case "split" -> {
                    List<String> pieces = split(tasks.get(t).text);
                    if (pieces.size() > 1) {
                        tasks.get(t).text = pieces.get(0);
                        for (int i = 1; i < pieces.size(); i++) {
                            TaskForm piece = new TaskForm();
                            piece.text = pieces.get(i);
                            tasks.add(t + i, piece);
                        }
                    }
                }
                case "delete" -> tasks.remove(t);
                default -> {
                }
            }
        } catch (RuntimeException malformed) {
            // a step that names nothing valid leaves the preview as it was
        }
    }

    /** Proposes indicators for every task from its text (replacing earlier proposals), checked by default. */
    void propose(Function<String, List<IndicatorProposals.Proposal>> proposer) {
        for (SectionForm section : sections) {
            for (TaskForm task : section.tasks) {
                task.indicators = new ArrayList<>();
                for (IndicatorProposals.Proposal proposal : proposer.apply(task.text)) {
                    IndicatorForm indicator = new IndicatorForm();
                    indicator.measure = proposal.measure();
                    indicator.param = proposal.param();
                    indicator.target = proposal.target();
                    indicator.selected = true;
                    task.indicators.add(indicator);
                }
            }
        }
    }

    /** A checked indicator with the section title and task text it belongs to. */
    record Confirmed(String sectionTitle, String taskText, IndicatorDraft indicator) {
    }

    /** The indicators the office left checked, in task order. */
    List<Confirmed> confirmed() {
        List<Confirmed> confirmed = new ArrayList<>();
        for (SectionForm section : sections) {
            for (TaskForm task : section.tasks) {
                for (IndicatorForm indicator : task.indicators) {
                    if (indicator.selected) {
                        confirmed.add(new Confirmed(section.title, task.text, new IndicatorDraft(indicator.measure,
                                indicator.param, indicator.target, null)));
                    }
                }
            }
        }
        return confirmed;
    }

    static List<String> split(String text) {
        if (text == null) {
            return List.of("");
        }
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > 1) {
            return lines;
        }
        String line = text.strip();
        int middle = line.length() / 2;
        int best = -1;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if ((c == '。' || c == '；' || c == ';') && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? List.of(line) : List.of(line.substring(0, best + 1), line.substring(best + 1).strip());
    }

    private static String join(String a, String b) {
        String left = a == null ? "" : a.strip();
        String right = b == null ? "" : b.strip();
        return left.isEmpty() ? right : right.isEmpty() ? left : left + "\n" + right;
    }

    static class SectionForm {
        @Size(max = 20)
        private String number;
        @NotBlank
        @Size(max = 500)
        private String title;
        @Size(max = 20000)
        private String body;
        @Valid
        private List<TaskForm> tasks = new ArrayList<>();

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public List<TaskForm> getTasks() { return tasks; }
        public void setTasks(List<TaskForm> tasks) { this.tasks = tasks; }
    }

    static class TaskForm {
        @Size(max = 20)
        private String number;
        @NotBlank
        @Size(max = 10000)
        private String text;
        @Valid
        @Size(max = 20)
        private List<IndicatorForm> indicators = new ArrayList<>();

        public List<IndicatorForm> getIndicators() { return indicators; }
        public void setIndicators(List<IndicatorForm> indicators) { this.indicators = indicators; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** A proposed indicator: kept when {@code selected}, with the target the office may edit. */
    static class IndicatorForm {
        @Size(max = 60)
        private String measure;
        @Size(max = 40)
        private String param;
        /** Checked only for a selected indicator, so that a cleared target of an unchecked one does not block. */
        private Long target;
        private boolean selected;

        public String getMeasure() { return measure; }
        public void setMeasure(String measure) { this.measure = measure; }
        public String getParam() { return param; }
        public void setParam(String param) { this.param = param; }
        public Long getTarget() { return target; }
        public void setTarget(Long target) { this.target = target; }
        public boolean isSelected() { return selected; }
        public void setSelected(boolean selected) { this.selected = selected; }
    }

    static class RosterForm {
        @Size(max = 40)
        private String post;
        @Size(max = 100)
        private String name;
        @Size(max = 200)
        private String position;

        public String getPost() { return post; }
        public void setPost(String post) { this.post = post; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public Long getOrganizationId() { return organizationId; }
    public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
    public String getPreamble() { return preamble; }
    public void setPreamble(String preamble) { this.preamble = preamble; }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> sections) { this.sections = sections; }
    public List<RosterForm> getRoster() { return roster; }
    public void setRoster(List<RosterForm> roster) { this.roster = roster; }
    public boolean isImportRoster() { return importRoster; }
    public void setImportRoster(boolean importRoster) { this.importRoster = importRoster; }
}
