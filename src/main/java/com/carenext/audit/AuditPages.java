package com.carenext.audit;

import com.carenext.shared.Actor;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the trail: filters, keyset pages (newest first), and the export button (a job of the exports
 * module, {@link AuditExport}). */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog trail;
    private final AuditLabels labels;

    AuditPages(AuditLog trail, AuditLabels labels) {
        this.trail = trail;
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
}
