package com.carenext.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the importing user confirmed it: the parser's result after editing, ready to save.
 *
 * @param roster committee members to add to the organization's roster, empty when none are to be imported
 */
public record PlanDraft(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 100) String documentNumber,
        @Size(max = 200) String issuer,
        LocalDate issueDate,
        @NotNull Long organizationId,
        @Size(max = 20000) String preamble,
        @Valid @NotEmpty List<Section> sections,
        @Valid List<RosterEntry> roster) {

    public PlanDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
        roster = roster == null ? List.of() : List.copyOf(roster);
    }

    public record Section(@Size(max = 20) String number, @NotBlank @Size(max = 500) String title,
                          @Size(max = 20000) String body, @Valid @NotEmpty List<Task> tasks) {

        public Section {
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
        }
    }

    public record Task(@Size(max = 20) String number, @NotBlank @Size(max = 10000) String text) {
    }

    /** {@code post} is a {@code CommitteePost} name, as {@link ParsedRosterEntry#post()} gives it. */
    public record RosterEntry(@NotBlank @Size(max = 40) String post, @NotBlank @Size(max = 100) String name,
                              @Size(max = 200) String position) {
    }

    /**
     * The parser's result as a draft: deeper items are folded into their task's text (one line each), a section
     * without tasks gets its body as its one task, so that nothing read is lost.
     */
    public static PlanDraft of(ParsedPlan parsed, Long organizationId, int defaultYear) {
        List<Section> sections = parsed.sections().stream().map(section -> {
            List<Task> tasks = section.tasks().stream().map(task -> new Task(task.number(), fold(task))).toList();
            String body = section.body();
            if (tasks.isEmpty()) {
                tasks = List.of(new Task("", body.isBlank() ? section.title() : body));
                body = "";
            }
            return new Section(section.number(), section.title().isBlank() ? section.number() : section.title(),
                    body, tasks);
        }).toList();
        int year = parsed.date() != null ? parsed.date().getYear() : yearInTitle(parsed.title(), defaultYear);
        List<RosterEntry> roster = parsed.roster().stream()
                .map(entry -> new RosterEntry(entry.post(), entry.name(), entry.position())).toList();
        return new PlanDraft(year, parsed.title(), "", parsed.issuer(), parsed.date(), organizationId,
                parsed.preamble(), sections, roster);
    }

    /** The same plan without importing its roster. */
    public PlanDraft withoutRoster() {
        return new PlanDraft(year, title, documentNumber, issuer, issueDate, organizationId, preamble, sections,
                List.of());
    }

    private static String fold(ParsedTask task) {
        StringBuilder text = new StringBuilder(task.text());
        for (ParsedTask item : task.items()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(item.number().isEmpty() ? "" : item.number() + (item.number().endsWith("是") ? "" : "、"))
                    .append(fold(item));
        }
        return text.toString();
    }

    private static int yearInTitle(String title, int defaultYear) {
        var year = java.util.regex.Pattern.compile("(20\\d\\d)年").matcher(title);
        return year.find() ? Integer.parseInt(year.group(1)) : defaultYear;
    }
}
