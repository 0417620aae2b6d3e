package com.carenext.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the generated part of a year-end summary from a plan: each task's figures and the main records behind them
 * (asked through the modules' {@link MeasureSource}s), its progress reports and evidence, what fell short, and one
 * sentence per section that the office may rewrite.
 */
@Component
class SummaryComposer {

    static final int RECORDS = 5;
    private static final int REPORTS = 3;
    private static final int HEADLINE = 40;

    private final TaskIndicators indicators;
    private final TaskEvidence evidence;
    private final TaskProgress progress;
    private final MessageSource messages;

    SummaryComposer(TaskIndicators indicators, TaskEvidence evidence, TaskProgress progress, MessageSource messages) {
        this.indicators = indicators;
        this.evidence = evidence;
        this.progress = progress;
        this.messages = messages;
    }

    /** The summary of a plan the caller reaches, as it stands now, under the organization's full name. */
    SummaryContent compose(PlanViews.Plan plan, String organizationName) {
        Map<Long, List<IndicatorView>> figures = indicators.ofPlan(plan.id(), RECORDS);
        Map<Long, List<PlanViews.Evidence>> proofs = evidence.ofPlan(plan.id());
        Map<Long, List<PlanViews.Progress>> reports = progress.ofPlan(plan.id());
        List<YearEndSummary.Section> sections = new ArrayList<>();
        int taskCount = 0;
        for (PlanViews.Section section : plan.sections()) {
            List<YearEndSummary.Task> tasks = section.tasks().stream().map(task -> task(task,
                    figures.getOrDefault(task.id(), List.of()), proofs.getOrDefault(task.id(), List.of()),
                    reports.getOrDefault(task.id(), List.of()))).toList();
            taskCount += tasks.size();
            List<String> shortfalls = tasks.stream().flatMap(task -> task.shortfalls().stream()
                    .map(shortfall -> PlanExport.marker(task.number()) + shortfall)).toList();
            sections.add(new YearEndSummary.Section(section.id(), section.heading(), section.progress(),
                    sentence(section, tasks), false, tasks, shortfalls));
        }
        String full = organizationName.replace("关工委", "关心下一代工作委员会");
        return new SummaryContent(text("summary.title", full, String.valueOf(plan.year())), full, plan.year(),
                plan.progress(), text("summary.opening", String.valueOf(plan.year()), organizationName, plan.title(),
                sections.size(), taskCount, plan.progress()), sections);
    }

    /** The task's first clause (outside quotation marks and brackets), at most {@value #HEADLINE} characters. */
    static String headline(String text) {
        String flat = text.replace('\n', ' ').strip();
        int depth = 0;
        int end = flat.length();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == '“' || c == '（') {
                depth++;
            } else if ((c == '”' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && i >= 8 && "，。；".indexOf(c) >= 0) {
                end = i;
                break;
            }
        }
        String clause = flat.substring(0, end);
        return clause.length() > HEADLINE ? clause.substring(0, HEADLINE) + "…" : clause;
    }

    /** One figure as a phrase: 开展活动（普法）5次（目标3次）. */
    String phrase(YearEndSummary.Figure figure) {
        return text("summary.figure", figure.name(), figure.value(), figure.unit(), figure.target());
    }

    /** One record as a phrase: 3月12日于乌审召小学“…”（照片2张）. */
    String phrase(RecordLink record) {
        StringBuilder phrase = new StringBuilder();
        LocalDate date = record.date();
        if (date != null) {
            phrase.append(text("summary.record.date", date.getMonthValue(), date.getDayOfMonth()));
        }
        if (record.place() != null && !record.place().isBlank()) {
            phrase.append(text("summary.record.place", record.place().strip()));
        }
        phrase.append('“').append(record.title()).append('”');
        if (record.photos() != null && record.photos() > 0) {
            phrase.append(text("summary.record.photos", record.photos()));
        }
        return phrase.toString();
    }

    /**
     * A message with its arguments in the reader's language (Chinese outside a request, e.g. at start-up); numbers as
     * plain digits (no grouping: 1200, not 1,200).
     */
    String text(String key, Object... arguments) {
        Object[] plain = java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof Number ? argument.toString() : argument).toArray();
        return messages.getMessage(key, plain, key, LocaleContextHolder.getLocaleContext() == null
                ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale());
    }

    private YearEndSummary.Task task(PlanViews.Task task, List<IndicatorView> indicators,
                                     List<PlanViews.Evidence> proofs, List<PlanViews.Progress> reports) {
        List<YearEndSummary.Figure> figures = indicators.stream().map(indicator -> new YearEndSummary.Figure(
                indicator.name(), indicator.unit(), indicator.target(), indicator.value(), indicator.percent())).toList();
        Map<String, RecordLink> records = new LinkedHashMap<>();
        indicators.stream().flatMap(indicator -> indicator.records().stream())
                .forEach(record -> records.putIfAbsent(record.link(), record));
        List<String> shortfalls = new ArrayList<>();
        for (YearEndSummary.Figure figure : figures) {
            if (figure.percent() < 100) {
                shortfalls.add(text("summary.shortfall.target", figure.name(), figure.value(), figure.unit(),
                        figure.target(), Math.max(0, figure.target() - figure.value())));
            }
        }
        if (task.overdue() && task.progress() < 100) {
            shortfalls.add(text("summary.shortfall.overdue", task.progress()));
        } else if (figures.isEmpty() && task.progress() < 100) {
            shortfalls.add(text("summary.shortfall.progress", task.progress()));
        }
        return new YearEndSummary.Task(task.id(), task.number(), headline(task.text()), task.progress(),
                task.overdue(), figures, records.values().stream().limit(RECORDS).toList(),
                reports.stream().limit(REPORTS).map(report -> report.note().strip().replaceAll("[。；;.]+$", "")).toList(),
                proofs.stream().map(proof -> new YearEndSummary.Evidence(proof.label(), proof.link())).toList(),
                shortfalls);
    }

    private String sentence(PlanViews.Section section, List<YearEndSummary.Task> tasks) {
        List<String> phrases = tasks.stream().flatMap(task -> task.figures().stream()).map(this::phrase).toList();
        return phrases.isEmpty()
                ? text("summary.section.plain", section.title(), tasks.size(), section.progress())
                : text("summary.section.figures", section.title(), String.join("，", phrases), tasks.size(),
                section.progress());
    }
}
