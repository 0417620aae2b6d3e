package com.carenext.volunteer;

import java.time.Clock;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Care visits: a person's visits with the form for a new one, and the "due and overdue" list. */
@Controller
class CareVisitPages {

    private final CareVisits visits;
    private final Volunteers volunteers;
    private final Organizations organizations;

    private final Clock clock;


    CareVisitPages(CareVisits visits, Volunteers volunteers, Organizations organizations, Clock clock) {

        this.clock = clock;
        this.visits = visits;
        this.volunteers = volunteers;
        this.organizations = organizations;
    }

    @GetMapping("/care-visits")
    String due(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, page);
        int total = visits.dueCount(actor);
        java.util.List<DueVisit> due = visits.due(actor, shown);
        model.addAttribute("due", due);
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("more", (long) (shown + 1) * CareVisits.DUE_PAGE < total);
        // The names of the page's organizations only, in one query.
        model.addAttribute("organizationNames", organizations.names(
                due.stream().map(d -> d.volunteer().organizationId()).toList()));
        return "volunteer/care-due";
    }

    @GetMapping("/volunteers/{volunteerId}/care-visits")
    String ofVolunteer(Actor actor, @PathVariable long volunteerId, Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new VisitDraft(LocalDate.now(clock), actor.displayName(), null, null, null, null));
        }
        return page(actor, volunteerId, model);
    }

    @PostMapping("/volunteers/{volunteerId}/care-visits")
    String record(Actor actor, @PathVariable long volunteerId, @Valid @ModelAttribute("draft") VisitDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        volunteers.get(actor, volunteerId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(actor, volunteerId, model);
        }
        CareVisitView visit = visits.record(actor, volunteerId, draft);
        AuditTarget.name(CareVisits.ENTITY, visit.id());
        Flash.success(redirect, "care.recorded");
        return "redirect:/volunteers/" + volunteerId + "/care-visits";
    }

    private String page(Actor actor, long volunteerId, Model model) {
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("visits", visits.of(actor, volunteerId));
        model.addAttribute("intervalDays", visits.intervalFor(volunteer.age()));
        model.addAttribute("canKeep", actor.hasAny(Volunteers.KEEPERS));
        return "volunteer/care-visits";
    }
}
