package com.carenext.report;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.patrol.Alerts;
import com.carenext.patrol.PatrolAlerts;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.volunteer.Volunteers;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after login: the figures of the actor's own subtree, each asked from the module that owns it
 * (organizations, roster, 五老, patrol alerts). A volunteer goes straight to the own phone page.
 */
@Controller
class DashboardPages {

    private static final Role[] READERS = {Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER};

    private final Organizations organizations;
    private final Roster roster;
    private final Volunteers volunteers;
    private final Alerts alerts;

    DashboardPages(Organizations organizations, Roster roster, Volunteers volunteers, Alerts alerts) {
        this.organizations = organizations;
        this.roster = roster;
        this.volunteers = volunteers;
        this.alerts = alerts;
    }

    @GetMapping("/")
    String dashboard(Actor actor, Model model) {
        if (!actor.hasAny(READERS)) {
            // A 五老 on a phone starts on the own page (hours, study check-in, patrol shifts), not office figures.
            if (actor.has(Role.VOLUNTEER)) {
                return "redirect:/my";
            }
        } else {
            model.addAttribute("volunteerTotal", volunteers.statistics(actor).total());
            PatrolAlerts now = alerts.alerts(actor);
            model.addAttribute("openPatrols", now.openTooLong().size());
            model.addAttribute("openHazards", now.openHazards().size());
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
