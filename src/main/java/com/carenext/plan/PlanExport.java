package com.carenext.plan;

import java.time.Clock;
import com.carenext.organization.MemberView;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import com.carenext.shared.OfficialDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The plan as a .docx official document: title, 文号, preamble, sections and tasks, signature, roster 附件. */
@Component
class PlanExport {

    private final Roster roster;
    private final MessageSource messages;

    private final Clock clock;


    PlanExport(Roster roster, MessageSource messages, Clock clock) {

        this.clock = clock;
        this.roster = roster;
        this.messages = messages;
    }

    /** {@code rosterReader} must reach the plan's organization (the plan's own scope is enough). */
    void write(PlanViews.Plan plan, Actor rosterReader, String organizationName, OutputStream out) throws IOException {
        try (OfficialDocument document = new OfficialDocument()) {
            document.title(plan.title()).documentNumber(plan.documentNumber());
            for (String paragraph : plan.preamble().split("\n")) {
                if (!paragraph.isBlank()) {
                    document.paragraph(paragraph.strip());
                }
            }
            for (PlanViews.Section section : plan.sections()) {
                document.heading(section.heading());
                if (!section.body().isBlank()) {
                    document.paragraph(section.body());
                }
                for (PlanViews.Task task : section.tasks()) {
                    document.paragraph(marker(task.number()) + task.text().replace('\n', ' '));
                }
            }
            LocalDate date = plan.issueDate() == null ? LocalDate.now(clock) : plan.issueDate();
            document.signature(plan.issuer().isBlank() ? organizationName : plan.issuer(), date);
            List<MemberView> members = roster.on(rosterReader, plan.organizationId(), date);
            if (!members.isEmpty()) {
                Locale locale = LocaleContextHolder.getLocale();
                document.attachment(messages.getMessage("plan.export.roster", new Object[]{organizationName}, locale));
                document.table(List.of(messages.getMessage("plan.export.post", null, locale),
                                messages.getMessage("plan.export.name", null, locale),
                                messages.getMessage("plan.export.position", null, locale)),
                        members.stream().map(member -> List.of(
                                messages.getMessage(member.post().messageKey(), null, locale), member.name(),
                                member.position() == null ? "" : member.position())).toList());
            }
            document.writeTo(out);
        }
    }

    static String marker(String number) {
        if (number.isEmpty() || number.endsWith("是") || number.startsWith("（") || number.startsWith("(")) {
            return number;
        }
        return number.matches("\\d+") ? number + "." : number + "，";
    }
}
