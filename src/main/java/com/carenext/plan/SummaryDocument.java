package com.carenext.plan;

import com.carenext.shared.OfficialDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A year-end summary as a .docx official document: title, the opening, then per section its heading (一、…), the
 * office's text, one paragraph per task with its figures, main records, progress and evidence, and what fell short;
 * signed by the organization with the date the figures were generated.
 */
@Component
class SummaryDocument {

    private final SummaryComposer composer;
    private final Clock clock;

    SummaryDocument(SummaryComposer composer, Clock clock) {
        this.composer = composer;
        this.clock = clock;
    }

    void write(YearEndSummary summary, OutputStream out) throws IOException {
        try (OfficialDocument document = new OfficialDocument()) {
            document.title(summary.title());
            document.paragraph(summary.opening());
            for (YearEndSummary.Section section : summary.sections()) {
                document.heading(section.heading());
                for (String line : section.text().split("\n")) {
                    if (!line.isBlank()) {
                        document.paragraph(line.strip());
                    }
                }
                for (YearEndSummary.Task task : section.tasks()) {
                    document.paragraph(paragraph(task));
                }
                if (!section.shortfalls().isEmpty()) {
                    document.paragraph(composer.text("summary.section.shortfalls", String.join("；", section.shortfalls())));
                }
            }
            document.signature(summary.organizationName(), LocalDate.ofInstant(summary.generatedAt(), clock.getZone()));
            document.writeTo(out);
        }
    }

    /** 一是…。全年开展活动（普法）5次（目标3次）。主要有：…。进展情况：…。佐证材料：…。 */
    String paragraph(YearEndSummary.Task task) {
        List<String> parts = new ArrayList<>();
        parts.add(PlanExport.marker(task.number()) + task.headline() + "。");
        if (!task.figures().isEmpty()) {
            parts.add(composer.text("summary.task.figures",
                    String.join("，", task.figures().stream().map(composer::phrase).toList())));
        }
        if (!task.records().isEmpty()) {
            parts.add(composer.text("summary.task.records",
                    String.join("；", task.records().stream().map(composer::phrase).toList())));
        }
        if (!task.reports().isEmpty()) {
            parts.add(composer.text("summary.task.reports", String.join("；", task.reports())));
        }
        if (!task.evidence().isEmpty()) {
            parts.add(composer.text("summary.task.evidence",
                    String.join("；", task.evidence().stream().map(YearEndSummary.Evidence::label).toList())));
        }
        if (parts.size() == 1) {
            parts.add(composer.text("summary.task.nothing"));
        }
        return String.join("", parts);
    }
}
