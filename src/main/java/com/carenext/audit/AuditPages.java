package com.carenext.audit;

import java.time.Clock;
import com.carenext.shared.Actor;
import com.carenext.shared.SpreadsheetWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.nio.charset.StandardCharsets;

/** The auditor's view of the trail: filters, keyset pages (newest first), and a streaming .xlsx export. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog trail;
    private final MessageSource messages;
    private final AuditLabels labels;

    private final Clock clock;

    AuditPages(AuditLog trail, MessageSource messages, AuditLabels labels, Clock clock) {
        this.clock = clock;
        this.trail = trail;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping
    String list(Actor actor, @ModelAttribute("filter") AuditFilter filter,
                @RequestParam(required = false) String before, Model model) {
        List<AuditEvent> events = trail.page(actor, filter, AuditCursor.parse(before), PAGE_SIZE + 1);
        boolean more = events.size() > PAGE_SIZE;
        List<AuditEvent> shown = more ? events.subList(0, PAGE_SIZE) : events;
        model.addAttribute("events", shown);
        model.addAttribute("nextBefore", more ? AuditCursor.after(shown.get(shown.size() - 1)).toString() : null);
        model.addAttribute("outcomes", AuditEvent.Outcome.values());
        model.addAttribute("labels", labels);
        return "audit/list";
    }

    @GetMapping("/export.xlsx")
    void export(Actor actor, @ModelAttribute("filter") AuditFilter filter, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(text("audit.export.file") + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (var sheet = new SpreadsheetWriter(response.getOutputStream(), text("audit.title"), text("audit.title"), List.of(
                text("audit.col.time"), text("audit.col.user"), text("audit.col.action"), text("audit.col.target"),
                text("audit.col.client"), text("audit.col.outcome"), text("audit.col.status"),
                text("audit.col.path"), text("audit.col.reason"), text("audit.col.detail")),
                new int[]{20, 14, 28, 22, 16, 8, 8, 40, 24, 30})) {
            trail.each(actor, filter, event -> sheet.row(TIME.format(event.occurredAt().atZone(clock.getZone())), labels.actor(event),
                    labels.action(event), labels.target(event), event.clientAddress(), labels.outcome(event),
                    event.status(), event.httpMethod() == null ? "" : event.httpMethod() + " " + event.requestPath(),
                    labels.reason(event), event.detail()));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
