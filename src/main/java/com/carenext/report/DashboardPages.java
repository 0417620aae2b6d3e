package com.carenext.report;

import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.organization.Roster;
import com.carenext.shared.Actor;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after login: the figures of the actor's own subtree. */
@Controller
class DashboardPages {

    private final Organizations organizations;
    private final Roster roster;

    DashboardPages(Organizations organizations, Roster roster) {
        this.organizations = organizations;
        this.roster = roster;
    }

    @GetMapping("/")
    String dashboard(Actor actor, Model model) {
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
