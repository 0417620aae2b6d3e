package com.carenext.activity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.NotFoundException;
import com.carenext.volunteer.Volunteers;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activity ledger pages: filtered list, record and edit, partner confirmation, photos, figures; the .xlsx export is a job
 * ({@link ActivityExport}). */
@Controller
class ActivityPages {

    private static final int PAGE = 30;

    private final Activities activities;
    private final ActivityFigures figures;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Materials materials;
    private final Clock clock;

    ActivityPages(Activities activities, ActivityFigures figures, Organizations organizations, Volunteers volunteers,
                  Materials materials, Clock clock) {
        this.materials = materials;
        this.activities = activities;
        this.figures = figures;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @GetMapping("/activities")
    String list(Actor actor, @ModelAttribute("filter") ActivityFilter filter,
                @RequestParam(required = false) Long before, Model model) {
        List<ActivityView> page = activities.page(actor, filter, before, PAGE);
        model.addAttribute("activities", page);
        model.addAttribute("nextBefore", page.size() == PAGE ? page.get(PAGE - 1).id() : null);
        model.addAttribute("types", ActivityType.values());
        // The chosen organizations only (scoped: the filter was checked by the page query); the pickers search.
        model.addAttribute("selectedOrganization", chosen(actor, filter.organizationId()));
        model.addAttribute("selectedPartner", chosen(actor, filter.partnerId()));
        model.addAttribute("canKeep", actor.hasAny(Activities.KEEPERS));
        return "activity/list";
    }

    private OrganizationSummary chosen(Actor actor, Long organizationId) {
        return organizationId == null ? null : organizations.get(actor, organizationId);
    }

    @GetMapping("/activities/statistics")
    String statistics(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        ActivityStatistics statistics = figures.statistics(actor, shown);
        java.util.Map<String, List<ActivityStatistics.Row>> tables = new java.util.LinkedHashMap<>();
        tables.put("byMonth", statistics.byMonth());
        tables.put("byType", statistics.byType());
        tables.put("byOrganization", statistics.byOrganization());
        model.addAttribute("statistics", statistics);
        model.addAttribute("tables", tables);
        return "activity/statistics";
    }

    @GetMapping("/activities/new")
    String createForm(Actor actor, Model model) {
        actor.require(Activities.KEEPERS);
        model.addAttribute("draft", new ActivityDraft(actor.organizationId(), ActivityType.LEGAL_EDUCATION, "",
                LocalDate.now(clock).atTime(9, 0), null, List.of(), List.of(), 0, 0, 0, null, null, null, List.of()));
        return form(actor, model, null);
    }

    @PostMapping("/activities")
    String create(Actor actor, @Valid @ModelAttribute("draft") ActivityDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response) {
        actor.require(Activities.KEEPERS);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, null);
        }
        try {
            ActivityView created = activities.record(actor, draft);
            AuditTarget.name(Activities.ENTITY, created.id());
            return "redirect:/activities/" + created.id();
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            return form(actor, model, null);
        }
    }

    @GetMapping("/activities/{activityId}")
    String show(Actor actor, @PathVariable long activityId, Model model) {
        ActivityView activity = activities.get(actor, activityId);
        model.addAttribute("activity", activity);
        model.addAttribute("canEdit", actor.hasAny(Activities.KEEPERS)
                && organizations.byId(activity.organizationId()).map(o -> actor.reaches(o.path())).orElse(false));
        model.addAttribute("canConfirm", actor.hasAny(Activities.KEEPERS) && activity.partners().stream()
                .anyMatch(p -> !p.isConfirmed() && organizations.byId(p.organizationId())
                        .map(o -> actor.reaches(o.path())).orElse(false)));
        return "activity/show";
    }

    @GetMapping("/activities/{activityId}/edit")
    String editForm(Actor actor, @PathVariable long activityId, Model model) {
        actor.require(Activities.KEEPERS);
        ActivityView a = activities.get(actor, activityId);
        model.addAttribute("draft", new ActivityDraft(a.organizationId(), a.type(), a.title(), a.startsAt(), a.place(),
                a.partners().stream().map(ActivityView.Partner::organizationId).toList(),
                activities.elderIds(actor, activityId), a.youths(),
                a.parents(), a.others(), a.summary(), a.planTaskId(), a.version(),
                a.materials().stream().map(ActivityView.Cited::id).toList()));
        return form(actor, model, activityId);
    }

    @PostMapping("/activities/{activityId}")
    String update(Actor actor, @PathVariable long activityId, @Valid @ModelAttribute("draft") ActivityDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Activities.KEEPERS);
        activities.get(actor, activityId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, activityId);
        }
        try {
            activities.update(actor, activityId, draft);
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            return form(actor, model, activityId);
        }
        Flash.success(redirect, "activity.saved");
        return "redirect:/activities/" + activityId;
    }

    @PostMapping("/activities/{activityId}/confirm")
    String confirm(Actor actor, @PathVariable long activityId, RedirectAttributes redirect) {
        activities.get(actor, activityId);
        Flash.attempt(redirect, "activity.confirmed", () -> activities.confirm(actor, activityId));
        return "redirect:/activities/" + activityId;
    }

    @PostMapping("/activities/{activityId}/photos")
    String addPhoto(Actor actor, @PathVariable long activityId, @RequestParam(required = false) MultipartFile photo,
                    RedirectAttributes redirect) throws IOException {
        activities.get(actor, activityId);
        if (photo == null || photo.isEmpty()) {
            redirect.addFlashAttribute("failure", "photo.empty");
        } else {
            try (var in = photo.getInputStream()) {
                Flash.attempt(redirect, "activity.photo.added", () -> activities.addPhoto(actor, activityId, in));
            }
        }
        return "redirect:/activities/" + activityId;
    }

    @GetMapping("/activity-photos/{photoId}")
    ResponseEntity<byte[]> photo(Actor actor, @PathVariable long photoId,
                                 @RequestParam(defaultValue = "false") boolean thumbnail) {
        byte[] bytes = activities.photo(actor, photoId, thumbnail)
                .orElseThrow(() -> new NotFoundException("ActivityPhoto", photoId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    private String form(Actor actor, Model model, Long activityId) {
        // Only the chosen organizations (the pickers search the tree on demand): the form costs the same at any size.
        ActivityDraft draft = (ActivityDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        model.addAttribute("chosenPartners", organizations.chosen(actor, draft == null ? null : draft.partnerIds()));
        model.addAttribute("types", ActivityType.values());
        // The ticked 五老 only (their picker searches the registry on demand), not every active one of the subtree.
        model.addAttribute("chosenElders", volunteers.activeAmong(actor, draft == null ? List.of() : draft.volunteerIds()));
        // The cited materials only (their picker searches the library on demand), not the newest 200 of it.
        model.addAttribute("chosenMaterials", materials.among(actor, draft == null ? List.of() : draft.materialIds())
                .stream().map(EducationBasePages::item).toList());
        model.addAttribute("activityId", activityId);
        model.addAttribute("now", LocalDateTime.now(clock));
        return "activity/form";
    }

}
