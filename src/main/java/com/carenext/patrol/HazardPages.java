package com.carenext.patrol;

import com.carenext.shared.AuditedAs;
import com.carenext.shared.Actor;
import com.carenext.shared.Flash;
import com.carenext.shared.NotFoundException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Hazards to follow up: the list (newest first, by key, with the count of all) and closing one. */
@Controller
@AuditedAs("Patrol") // moved out of PatrolPages: its actions keep their names in the trail (Patrol.close)
class HazardPages {

    /** Hazards on one page of the list. */
    static final int PAGE = 50;

    private final Hazards hazards;

    HazardPages(Hazards hazards) {
        this.hazards = hazards;
    }

    @GetMapping("/hazards")
    String hazards(Actor actor, @RequestParam(defaultValue = "true") boolean open,
                   @RequestParam(required = false) Long before, Model model) {
        List<HazardView> shown = hazards.hazards(actor, open, before, PAGE);
        model.addAttribute("hazards", shown);
        model.addAttribute("total", hazards.count(actor, open));
        model.addAttribute("before", before);
        model.addAttribute("nextBefore", shown.size() == PAGE ? shown.get(PAGE - 1).id() : null);
        model.addAttribute("openOnly", open);
        model.addAttribute("canKeep", actor.hasAny(PatrolAccess.KEEPERS));
        return "patrol/hazards";
    }

    @PostMapping("/hazards/{hazardId}/close")
    String close(Actor actor, @PathVariable long hazardId, @RequestParam(required = false) String resolution,
                 @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        hazards.hazard(actor, hazardId);
        Flash.attempt(redirect, "patrol.hazard.closedDone", () -> hazards.close(actor, hazardId, resolution, version));
        return "redirect:/hazards";
    }

    @GetMapping("/hazards/{hazardId}/photo")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long hazardId) {
        return PatrolPages.image(hazards.photo(actor, hazardId, false)
                .orElseThrow(() -> new NotFoundException(PatrolAccess.HAZARD, hazardId)));
    }

    @GetMapping("/hazards/{hazardId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(Actor actor, @PathVariable long hazardId) {
        return PatrolPages.image(hazards.photo(actor, hazardId, true)
                .orElseThrow(() -> new NotFoundException(PatrolAccess.HAZARD, hazardId)));
    }
}
