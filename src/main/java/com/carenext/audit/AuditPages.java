package com.carenext.audit;

import com.carenext.shared.Actor;
import java.util.List;
import com.carenext.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's view of the trail: filters, keyset pages (newest first), and the export button (a job of the exports
 * module, {@link AuditExport}). The role is checked on the actor rather than by a {@code @PreAuthorize} proxy (a
 * Spring Security expression evaluated per request); {@code AuditLog} checks it again for every read.
 */
@Controller
@RequestMapping("/audit")
class AuditPages {

    static final int PAGE_SIZE = 50;

    private final AuditLog trail;
    private final AuditLabels labels;

    AuditPages(AuditLog trail, AuditLabels labels) {
        this.trail = trail;
        this.labels = labels;
    }

    @GetMapping
    String list(Actor actor, AuditFilter filter, @RequestParam(required = false) String before, Model model) {
        actor.require(Role.AUDITOR);
        List<AuditEvent> events = trail.page(actor, filter, AuditCursor.parse(before), PAGE_SIZE + 1);
        boolean more = events.size() > PAGE_SIZE;
        List<AuditEvent> shown = more ? events.subList(0, PAGE_SIZE) : events;
        model.addAttribute("filter", filter);
        model.addAttribute("events", shown);
        model.addAttribute("nextBefore", more ? AuditCursor.after(shown.get(shown.size() - 1)).toString() : null);
        model.addAttribute("outcomes", AuditEvent.Outcome.values());
        model.addAttribute("labels", labels);
        return "audit/list";
    }
}
