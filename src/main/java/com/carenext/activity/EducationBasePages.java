package com.carenext.activity;

import com.carenext.organization.Organizations;
import com.carenext.organization.PickerRequest;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.volunteer.Volunteers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Education base pages: the bases in scope, one base (profile, visits, materials), and the story library. */
@Controller
class EducationBasePages {

    private static final int PAGE = 30;

    private final EducationBases bases;
    private final Materials materials;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Clock clock;

    EducationBasePages(EducationBases bases, Materials materials, Organizations organizations, Volunteers volunteers,
                       Clock clock) {
        this.bases = bases;
        this.materials = materials;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @GetMapping("/education-bases")
    String list(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("bases", bases.page(actor, com.carenext.shared.Paged.page(page)));
        return "activity/bases";
    }

    @GetMapping("/education-bases/{baseId}")
    String show(Actor actor, @PathVariable long baseId, @RequestParam(required = false) Integer visitPage,
                @RequestParam(required = false) Integer materialPage, Model model) {
        EducationBaseView base = bases.get(actor, baseId, com.carenext.shared.Paged.page(visitPage),
                com.carenext.shared.Paged.page(materialPage));
        model.addAttribute("profile", base.profile());
        model.addAttribute("visit", blankVisit());
        model.addAttribute("material", blankMaterial(baseId));
        return show(actor, base, model);
    }

    @PostMapping("/education-bases/{baseId}/profile")
    String describe(Actor actor, @PathVariable long baseId, @Valid @ModelAttribute("profile") BaseProfile profile,
                    BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Activities.KEEPERS);
        EducationBaseView base = bases.get(actor, baseId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("visit", blankVisit());
            model.addAttribute("material", blankMaterial(baseId));
            model.addAttribute("opened", "profile");
            return show(actor, base, model);
        }
        Flash.attempt(redirect, "base.saved", () -> bases.describe(actor, baseId, profile));
        return "redirect:/education-bases/" + baseId;
    }

    @PostMapping("/education-bases/{baseId}/visits")
    String visit(Actor actor, @PathVariable long baseId, @Valid @ModelAttribute("visit") VisitDraft visit,
                 BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Activities.KEEPERS);
        EducationBaseView base = bases.get(actor, baseId);
        if (!errors.hasErrors()) {
            try {
                VisitView recorded = bases.recordVisit(actor, baseId, visit);
                AuditTarget.name(EducationBases.VISIT, recorded.id());
                Flash.success(redirect, "base.visit.saved");
                return "redirect:/education-bases/" + baseId;
            } catch (BusinessRuleException e) {
                model.addAttribute("failure", e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("profile", base.profile());
        model.addAttribute("material", blankMaterial(baseId));
        model.addAttribute("opened", "visit");
        return show(actor, base, model);
    }

    @PostMapping("/education-bases/{baseId}/materials")
    String addMaterial(Actor actor, @PathVariable long baseId, @Valid @ModelAttribute("material") MaterialDraft material,
                       BindingResult errors, Model model, HttpServletResponse response) {
        actor.require(Activities.KEEPERS);
        EducationBaseView base = bases.get(actor, baseId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("profile", base.profile());
            model.addAttribute("visit", blankVisit());
            model.addAttribute("opened", "material");
            return show(actor, base, model);
        }
        // a material added on a base's page belongs to that base, whatever the form says
        MaterialView created = materials.add(actor, new MaterialDraft(baseId, material.kind(), material.title(),
                material.body(), material.tags()));
        AuditTarget.name(Materials.ENTITY, created.id());
        return "redirect:/materials/" + created.id();
    }

    @GetMapping("/materials")
    String library(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) Long before,
                   Model model) {
        var found = materials.search(actor, q, before, PAGE);
        model.addAttribute("materials", found);
        model.addAttribute("q", q);
        model.addAttribute("nextBefore", found.size() == PAGE ? found.get(PAGE - 1).id() : null);
        return "activity/materials";
    }

    /**
     * The choices of the activity form's material picker (templates/organization/picker.html with
     * pickSource='/materials/picker'): the ticked ones (sent as the field, in scope), then the newest materials whose
     * title, text or tag matches, each with its base, at most {@link PickerRequest#LIMIT}. Two limited queries and one
     * for the bases' names, whatever the size of the library.
     */
    @GetMapping("/materials/picker")
    String picker(Actor actor, jakarta.servlet.http.HttpServletRequest request, Model model) {
        PickerRequest picked = PickerRequest.of(request, "materialIds", "common.none");
        List<PickerRequest.Item> chosen = materials.among(actor, picked.sent()).stream().map(EducationBasePages::item)
                .toList();
        List<PickerRequest.Item> found = materials.search(actor, picked.text(), null, PickerRequest.LIMIT + chosen.size() + 1)
                .stream().map(EducationBasePages::item).toList();
        return picked.answer(model, chosen, found, PickerRequest.LIMIT, "activity.materials.found");
    }

    static PickerRequest.Item item(MaterialView material) {
        return new PickerRequest.Item(material.id(), material.title(),
                material.title() + "（" + material.organizationName() + "）");
    }

    @GetMapping("/materials/{materialId}")
    String material(Actor actor, @PathVariable long materialId, Model model) {
        model.addAttribute("material", materials.get(actor, materialId));
        return "activity/material";
    }

    private String show(Actor actor, EducationBaseView base, Model model) {
        model.addAttribute("base", base);
        model.addAttribute("canKeep", actor.hasAny(Activities.KEEPERS));
        model.addAttribute("kinds", MaterialKind.values());
        if (actor.hasAny(Activities.KEEPERS)) {
            // The school's picker holds the chosen school only and searches schools and kindergartens on demand.
            VisitDraft visit = (VisitDraft) model.getAttribute("visit");
            model.addAttribute("chosenSchool", organizations.chosen(actor, visit == null ? null : visit.schoolId()));
            // The guide's picker holds the chosen guide only and searches the 五老 registry on demand.
            model.addAttribute("chosenGuide", volunteers.activeAmong(actor,
                    visit == null || visit.guideId() == null ? java.util.List.of() : java.util.List.of(visit.guideId())));
        }
        return "activity/base";
    }

    private VisitDraft blankVisit() {
        return new VisitDraft(LocalDate.now(clock), "", null, null, 0, 0, null, null);
    }

    private static MaterialDraft blankMaterial(long baseId) {
        return new MaterialDraft(baseId, MaterialKind.RED_STORY, "", "", "");
    }
}
