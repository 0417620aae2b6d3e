package com.carenext.patrol;

import com.carenext.shared.AuditedAs;
import com.carenext.organization.PickerRequest;
import com.carenext.shared.Actor;
import com.carenext.shared.Flash;
import com.carenext.volunteer.Patrollers;
import com.carenext.volunteer.VolunteerSummary;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rota form on a water body's page: its 五老 are chosen through a picker that searches the active 五老 fit for
 * patrol under the water body's organization (a banner has thousands; the page lists none of them).
 */
@Controller
@AuditedAs("Patrol") // moved out of PatrolPages: its actions keep their names in the trail (Patrol.assign)
class RotaPages {

    private final WaterBodies waterBodies;
    private final Rota rota;
    private final Patrollers patrollers;

    RotaPages(WaterBodies waterBodies, Rota rota, Patrollers patrollers) {
        this.waterBodies = waterBodies;
        this.rota = rota;
        this.patrollers = patrollers;
    }

    @PostMapping("/water-bodies/{waterBodyId}/shifts")
    String assign(Actor actor, @PathVariable long waterBodyId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam(name = "volunteerIds", required = false) List<Long> volunteerIds,
                  RedirectAttributes redirect) {
        waterBodies.get(actor, waterBodyId);
        Flash.attempt(redirect, "patrol.shift.saved", () -> rota.assign(actor, waterBodyId, day, volunteerIds));
        return "redirect:/water-bodies/" + waterBodyId;
    }

    /**
     * The rota picker's choices (templates/organization/picker.html with this source): the ticked ones that are still
     * fit, then those fit for patrol under the water body's organization whose name contains the text, by name, at
     * most {@link PickerRequest#LIMIT} ("只列出前 20 个…" when there are more). Two limited queries.
     */
    @GetMapping("/water-bodies/{waterBodyId}/patrollers")
    String picker(Actor actor, @PathVariable long waterBodyId, HttpServletRequest request, Model model) {
        actor.require(PatrolAccess.KEEPERS);
        long organizationId = waterBodies.get(actor, waterBodyId).organizationId();
        PickerRequest picked = PickerRequest.of(request, "volunteerIds", "common.none");
        List<PickerRequest.Item> chosen = items(patrollers.among(actor, organizationId, picked.sent()));
        List<PickerRequest.Item> found = items(patrollers.search(actor, organizationId, picked.text(),
                PickerRequest.LIMIT + chosen.size() + 1));
        return picked.answer(model, chosen, found, PickerRequest.LIMIT, "volunteer.picker.found");
    }

    private static List<PickerRequest.Item> items(List<VolunteerSummary> people) {
        return people.stream().map(v -> new PickerRequest.Item(v.id(), v.name(), v.name())).toList();
    }
}
