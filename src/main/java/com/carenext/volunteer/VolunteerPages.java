package com.carenext.volunteer;

import java.time.Clock;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.PickerRequest;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 五老 registry pages: the filtered list, the record with its status history, create and edit. */
@Controller
class VolunteerPages {

    static final int PAGE_SIZE = 30;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Volunteers volunteers;
    private final Organizations organizations;
    private final VolunteerWorkbook workbook;
    private final Clock clock;
    private final VolunteerLabels labels;

    VolunteerPages(Volunteers volunteers, Organizations organizations, VolunteerWorkbook workbook, Clock clock,
                   VolunteerLabels labels) {
        this.labels = labels;
        this.clock = clock;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.workbook = workbook;
    }

    /** The filter's fields are plain parameters, as on the API: binding a record through its constructor cost more. */
    @GetMapping("/volunteers")
    String list(Actor actor, @RequestParam(required = false) Long organizationId,
                @RequestParam(required = false) Category category, @RequestParam(required = false) VolunteerStatus status,
                @RequestParam(required = false) String name, @RequestParam(required = false) Long before,
                Model model) {
        VolunteerFilter filter = new VolunteerFilter(organizationId, category, status, name);
        VolunteerPage page = volunteers.page(actor, filter, before, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("canKeep", actor.hasAny(Volunteers.KEEPERS));
        // Only what the page shows: the rows' organization names and the chosen organization (the picker searches
        // the tree on demand), so the page costs the same for a town and a region.
        model.addAttribute("organizationNames", organizations.names(
                page.rows().stream().map(VolunteerSummary::organizationId).toList()));
        model.addAttribute("selectedOrganization", filter.organizationId() == null ? null
                : organizations.get(actor, filter.organizationId()));
        model.addAttribute("categories", Category.values());
        model.addAttribute("statuses", VolunteerStatus.values());
        model.addAttribute("labels", labels);
        return "volunteer/list";
    }

    /** How many matches the 五老 picker lists; more are announced, so the user types more (no silent cap). */
    static final int PICKER_LIMIT = 20;

    /**
     * The choices of a 五老 picker (templates/organization/picker.html with pickSource='/volunteers/picker': checkboxes
     * for forms that take several, e.g. an activity's 五老, or options for one, e.g. a base visit's guide): the chosen ones (sent as the field itself, active ones of the
     * caller's subtree), then the active 五老 whose name contains the text, each with the name of their organization
     * (names repeat), at most {@link #PICKER_LIMIT}. Its cost does not grow with the registry: three limited queries.
     */
    @GetMapping("/volunteers/picker")
    String picker(Actor actor, jakarta.servlet.http.HttpServletRequest request, Model model) {
        PickerRequest picked = PickerRequest.of(request, "volunteerIds", "common.none");
        List<VolunteerSummary> chosen = volunteers.activeAmong(actor, picked.sent().stream().distinct().toList());
        List<VolunteerSummary> found = volunteers.page(actor, new VolunteerFilter(null, null, VolunteerStatus.ACTIVE,
                picked.text()), null, PICKER_LIMIT + chosen.size() + 1).rows();
        // Each with the name of their organization (names repeat), read for the shown ones in one query.
        Map<Long, String> places = organizations.names(found.stream().map(VolunteerSummary::organizationId).toList());
        return picked.answer(model, chosen.stream().map(v -> new PickerRequest.Item(v.id(), v.name(), v.name())).toList(),
                found.stream().map(v -> new PickerRequest.Item(v.id(), v.name(),
                        v.name() + "（" + places.getOrDefault(v.organizationId(), "") + "）")).toList(),
                PICKER_LIMIT, "volunteer.picker.found");
    }

    /** The filtered list as .xlsx, masked, streamed from the database to the response. */
    /** The statistics page; the charts read their figures from /api/v1/volunteers/statistics (no inline script). */
    @GetMapping("/volunteers/statistics")
    String statistics(Actor actor, Model model) {
        VolunteerStatistics statistics = volunteers.statistics(actor);
        Map<Long, String> names = organizations.names(statistics.byOrganization().keySet());
        model.addAttribute("statistics", statistics);
        model.addAttribute("categoryLabels", statistics.byCategory().keySet().stream().map(c -> workbook.text(c.messageKey())).toList());
        model.addAttribute("categoryValues", List.copyOf(statistics.byCategory().values()));
        model.addAttribute("ageLabels", statistics.byAgeBand().keySet().stream().map(a -> workbook.text("volunteer.age." + a)).toList());
        model.addAttribute("ageValues", List.copyOf(statistics.byAgeBand().values()));
        model.addAttribute("organizationLabels", statistics.byOrganization().keySet().stream()
                .map(id -> names.getOrDefault(id, String.valueOf(id))).toList());
        model.addAttribute("organizationValues", List.copyOf(statistics.byOrganization().values()));
        model.addAttribute("statusLabels", statistics.byStatus().keySet().stream().map(s -> workbook.text(s.messageKey())).toList());
        model.addAttribute("statusValues", List.copyOf(statistics.byStatus().values()));
        return "volunteer/statistics";
    }

    @GetMapping("/volunteers/new")
    String createForm(Actor actor, @RequestParam(required = false) Long organizationId, Model model) {
        actor.require(Volunteers.KEEPERS);
        model.addAttribute("draft", VolunteerDraft.blank(organizationId == null ? actor.organizationId() : organizationId));
        return form(actor, model, null);
    }

    @PostMapping("/volunteers")
    String create(Actor actor, @Valid @ModelAttribute("draft") VolunteerDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Volunteers.KEEPERS);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, null);
        }
        try {
            VolunteerSummary created = volunteers.register(actor, draft);
            AuditTarget.name(Volunteers.ENTITY, created.id());
            Flash.success(redirect, "volunteer.created", created.name());
            return "redirect:/volunteers/" + created.id();
        } catch (BusinessRuleException e) {
            return refused(actor, model, null, response, e);
        }
    }

    @GetMapping("/volunteers/{volunteerId}")
    String show(Actor actor, @PathVariable long volunteerId, Model model) {
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("history", volunteers.history(actor, volunteerId));
        model.addAttribute("organization", organizations.byId(volunteer.organizationId()).orElse(null));
        model.addAttribute("statuses", VolunteerStatus.values());
        model.addAttribute("canKeep", actor.hasAny(Volunteers.KEEPERS));
        model.addAttribute("today", LocalDate.now(clock));
        return "volunteer/show";
    }

    /** Shows phone and identity number in full: a POST, so that the audit trail records who looked. */
    @PostMapping("/volunteers/{volunteerId}/reveal")
    String reveal(Actor actor, @PathVariable long volunteerId, Model model) {
        VolunteerContact contact = volunteers.reveal(actor, volunteerId);
        model.addAttribute("contact", contact);
        return show(actor, volunteerId, model);
    }

    @GetMapping("/volunteers/{volunteerId}/edit")
    String editForm(Actor actor, @PathVariable long volunteerId, Model model) {
        actor.require(Volunteers.KEEPERS);
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        model.addAttribute("draft", new VolunteerDraft(volunteer.name(), volunteer.gender(), volunteer.ethnicity(),
                volunteer.birthDate(), null, null, volunteer.organizationId(), volunteer.partyMember(),
                volunteer.formerPost(), volunteer.categories(), volunteer.serviceRoles(), volunteer.specialties(),
                volunteer.fitForPatrol(), volunteer.healthSummary(), volunteer.joinedOn(), volunteer.userId(),
                volunteer.version()));
        return form(actor, model, volunteer);
    }

    @PostMapping("/volunteers/{volunteerId}")
    String update(Actor actor, @PathVariable long volunteerId, @Valid @ModelAttribute("draft") VolunteerDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        VolunteerSummary volunteer = volunteers.get(actor, volunteerId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, volunteer);
        }
        try {
            volunteers.update(actor, volunteerId, draft);
        } catch (BusinessRuleException e) {
            return refused(actor, model, volunteer, response, e);
        }
        Flash.success(redirect, "common.saved");
        return "redirect:/volunteers/" + volunteerId;
    }

    @PostMapping("/volunteers/{volunteerId}/status")
    String changeStatus(Actor actor, @PathVariable long volunteerId, @RequestParam VolunteerStatus status,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                        @RequestParam(required = false) String reason, @RequestParam Long version,
                        RedirectAttributes redirect) {
        volunteers.get(actor, volunteerId);
        Flash.attempt(redirect, "volunteer.status.changed",
                () -> volunteers.changeStatus(actor, volunteerId, status, effectiveOn, reason, version));
        return "redirect:/volunteers/" + volunteerId;
    }

    private String refused(Actor actor, Model model, VolunteerSummary volunteer, HttpServletResponse response,
                           BusinessRuleException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("failure", e.messageKey());
        model.addAttribute("failureArgs", e.arguments());
        return form(actor, model, volunteer);
    }

    private String form(Actor actor, Model model, VolunteerSummary volunteer) {
        model.addAttribute("volunteer", volunteer);
        // Only the chosen organization (the picker searches the tree on demand): the form costs the same at any size.
        VolunteerDraft draft = (VolunteerDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        model.addAttribute("categories", Category.values());
        model.addAttribute("serviceRoles", ServiceRole.values());
        model.addAttribute("statuses", VolunteerStatus.values());
        return "volunteer/form";
    }

    /** Organization names by id, for lists that show where each volunteer belongs. */
    static Map<Long, String> names(List<OrganizationSummary> organizations) {
        return organizations.stream()
                .collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name, (a, b) -> a));
    }
}
