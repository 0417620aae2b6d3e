package com.carenext.report;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first page after login: the organization counts of the actor's subtree, and for readers the year's dashboard
 * of the chosen organization (module panels; above a town, the organizations below compared). A volunteer goes
 * straight to the own phone page.
 */
@Controller
class DashboardPages {

    private final Organizations organizations;
    private final Roster roster;
    private final Dashboard dashboard;
    private final Clock clock;

    DashboardPages(Organizations organizations, Roster roster, Dashboard dashboard, Clock clock) {
        this.organizations = organizations;
        this.roster = roster;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(Actor actor, @RequestParam(required = false) Long organizationId,
                     @RequestParam(required = false) Integer year, Model model) {
        if (!actor.hasAny(Dashboard.READERS)) {
            // A 五老 on a phone starts on the own page (hours, study check-in, patrol shifts), not office figures.
            if (actor.has(Role.VOLUNTEER)) {
                return "redirect:/my";
            }
        } else {
            LocalDate today = LocalDate.now(clock);
            int shown = DashboardYear.of(year, today);
            DashboardFigures figures = dashboard.figures(actor, organizationId, shown);
            model.addAttribute("figures", figures);
            model.addAttribute("years", DashboardYear.choices(today, shown));
            model.addAttribute("parent", figures.organizationId() == actor.organizationId() ? null
                    : organizations.get(actor, figures.organizationId()).parentId());
        }
        var counts = organizations.countsByType(actor);
        model.addAttribute("organizationCounts", counts);
        model.addAttribute("organizationTotal", counts.values().stream().mapToInt(Integer::intValue).sum());
        model.addAttribute("committeeTotal", Arrays.stream(OrganizationType.values())
                .filter(OrganizationType::isCommittee).mapToInt(type -> counts.getOrDefault(type, 0)).sum());
        model.addAttribute("servingMembers", roster.servingCount(actor));
        model.addAttribute("types", OrganizationType.values());
        return "report/dashboard";
    }
}
