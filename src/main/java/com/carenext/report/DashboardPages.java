package com.carenext.report;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page after login: for readers the year's dashboard of the chosen organization (the actor's own, or one
 * in the subtree): its counts, module panels and, above a town, the organizations below compared. Other office roles
 * see the counts of their subtree; a volunteer goes straight to the own phone page.
 */
@Controller
class DashboardPages {

    private final Organizations organizations;
    private final Dashboard dashboard;
    private final DashboardSnapshots snapshots;
    private final Clock clock;

    DashboardPages(Organizations organizations, Dashboard dashboard, DashboardSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.organizations = organizations;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Actor actor, @RequestParam(required = false) Long organizationId,
                     @RequestParam(required = false) Integer year, Model model) {
        DashboardFigures.Counts counts;
        if (!actor.hasAny(Dashboard.READERS)) {
            // A 五老 on a phone starts on the own page (hours, study check-in, patrol shifts), not office figures.
            if (actor.has(Role.VOLUNTEER)) {
                return "redirect:/my";
            }
            counts = dashboard.counts(actor);
        } else {
            LocalDate today = LocalDate.now(clock);
            int shown = DashboardYear.of(year, today);
            DashboardFigures figures = snapshots.figures(actor, organizationId, shown);
            model.addAttribute("figures", figures);
            model.addAttribute("years", DashboardYear.choices(today, shown));
            model.addAttribute("parent", figures.organizationId() == actor.organizationId() ? null
                    : organizations.get(actor, figures.organizationId()).parentId());
            // The counters follow the organization chosen, like the panels.
            counts = figures.counts();
        }
        model.addAttribute("counts", counts);
        model.addAttribute("types", OrganizationType.values());
        return "report/dashboard";
    }
}
