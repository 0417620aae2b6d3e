package com.carenext.plan;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.organization.PickerRequest;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.ContentDisposition;
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

/** Plan pages: the list, the import with its editable preview, the plan as a document and its .docx export. */
@Controller
class PlanPages {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final WorkPlans plans;
    private final PlanSections sections;
    private final PlanImport reader;
    private final PlanExport export;
    private final Organizations organizations;
    private final IndicatorProposals proposals;
    private final TaskIndicators indicators;
    private final Clock clock;

    PlanPages(WorkPlans plans, PlanSections sections, PlanImport reader, PlanExport export, Organizations organizations,
              IndicatorProposals proposals, TaskIndicators indicators, Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.reader = reader;
        this.export = export;
        this.organizations = organizations;
        this.proposals = proposals;
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(Actor actor, @RequestParam(required = false) Long before, Model model) {
        model.addAttribute("plans", plans.list(actor, before));
        model.addAttribute("canImport", actor.has(Role.TOWN_ADMIN));
        return "plan/list";
    }

    /**
     * The choices of the notice form's plan picker (templates/organization/picker.html with pickSource='/plans/picker'):
     * the empty choice, the chosen plan (sent as the field, in the caller's subtree), then the newest plans whose title
     * or document number contains the text, at most {@link PickerRequest#LIMIT}: two limited queries.
     */
    @GetMapping("/plans/picker")
    String picker(Actor actor, jakarta.servlet.http.HttpServletRequest request, Model model) {
        PickerRequest picked = PickerRequest.of(request, "workPlanId", "notice.noPlan");
        List<PickerRequest.Item> chosen = items(plans.among(actor, picked.sent()));
        List<PickerRequest.Item> found = items(plans.search(actor, picked.text(), PickerRequest.LIMIT + chosen.size() + 1));
        return picked.answer(model, chosen, found, PickerRequest.LIMIT, "notice.plan.found");
    }

    /** Plans as a picker shows them: the title, with the year and document number in the search's answer. */
    static List<PickerRequest.Item> items(List<PlanViews.PlanSummary> plans) {
        return plans.stream().map(p -> new PickerRequest.Item(p.id(), p.title(), p.year() + " · " + p.title()
                + (p.documentNumber() == null || p.documentNumber().isBlank() ? "" : "（" + p.documentNumber() + "）")))
                .toList();
    }

    @GetMapping("/plans/import")
    String importForm(Actor actor, Model model) {
        actor.require(Role.TOWN_ADMIN);
        return "plan/import";
    }

    /** Reads the pasted text or the uploaded file and shows the editable preview; nothing is saved yet. */
    @PostMapping("/plans/import")
    String parse(Actor actor, @RequestParam(required = false) String text,
                 @RequestParam(required = false) MultipartFile file,
                 @RequestParam(required = false) Long organizationId, Model model, HttpServletResponse response) {
        actor.require(Role.TOWN_ADMIN);
        OrganizationSummary organization = organizations.get(actor,
                organizationId == null ? actor.organizationId() : organizationId);
        try {
            ParsedPlan parsed = file != null && !file.isEmpty() ? reader.file(file) : reader.text(text);
            PlanImportForm form = PlanImportForm.of(PlanDraft.of(parsed, organization.id(),
                    LocalDate.now(clock).getYear()));
            form.propose(proposals::propose);
            return preview(actor, form, model);
        } catch (PlanDocumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
        } catch (BusinessRuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
        }
        model.addAttribute("text", text);
        return "plan/import";
    }

    /** One editing step of the preview (merge, split, delete, add a task); the state travels in the form. */
    @PostMapping("/plans/import/edit")
    String edit(Actor actor, @ModelAttribute("form") PlanImportForm form, BindingResult errors,
                @RequestParam(required = false) String step, Model model) {
        actor.require(Role.TOWN_ADMIN);
        organizations.get(actor, form.getOrganizationId() == null ? actor.organizationId() : form.getOrganizationId());
        form.apply(step);
        return preview(actor, form, model);
    }

    @PostMapping("/plans")
    String save(Actor actor, @Valid @ModelAttribute("form") PlanImportForm form, BindingResult errors,
                @RequestParam(defaultValue = "NEW") ImportMode mode, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        actor.require(Role.TOWN_ADMIN);
        organizations.get(actor, form.getOrganizationId() == null ? actor.organizationId() : form.getOrganizationId());
        boolean emptySection = form.getSections().isEmpty()
                || form.getSections().stream().anyMatch(section -> section.getTasks().isEmpty());
        List<PlanImportForm.Confirmed> confirmed = form.confirmed();
        String indicatorProblem = confirmed.stream().map(c -> proposals.problem(c.indicator()))
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (errors.hasErrors() || emptySection || indicatorProblem != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if (emptySection) {
                errors.reject("plan.import.emptySection");
            }
            if (indicatorProblem != null) {
                errors.reject(indicatorProblem);
            }
            return preview(actor, form, model);
        }
        PlanDraft draft = form.toDraft();
        if (mode == ImportMode.NEW) {
            var existing = plans.existing(draft.organizationId(), draft);
            if (existing.isPresent()) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("existingPlanId", existing.get());
                return preview(actor, form, model);
            }
        }
        long planId = plans.create(actor, draft, mode, confirmed);
        AuditTarget.name(WorkPlans.PLAN, planId);
        Flash.success(redirect, "plan.saved");
        return "redirect:/plans/" + planId;
    }

    @GetMapping("/plans/{planId}")
    String show(Actor actor, @PathVariable long planId, Model model) {
        PlanViews.Plan plan = sections.get(actor, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("organization", organizations.get(actor, plan.organizationId()));
        model.addAttribute("canManage", actor.has(Role.TOWN_ADMIN));
        return "plan/show";
    }

    @GetMapping("/plans/{planId}/export.docx")
    void exportDocx(Actor actor, @PathVariable long planId, HttpServletResponse response) throws IOException {
        PlanViews.Plan plan = sections.get(actor, planId);
        OrganizationSummary organization = organizations.get(actor, plan.organizationId());
        docx(response, plan.title());
        export.write(plan, actor, organization.name(), response.getOutputStream());
    }

    static void docx(HttpServletResponse response, String name) {
        response.setContentType(DOCX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name + ".docx", StandardCharsets.UTF_8).build().toString());
    }

    private String preview(Actor actor, PlanImportForm form, Model model) {
        Map<String, TaskIndicators.Label> labels = new HashMap<>();
        form.getSections().forEach(section -> section.getTasks().forEach(task -> task.getIndicators().forEach(
                indicator -> labels.computeIfAbsent(indicator.getMeasure() + "|" + indicator.getParam(),
                        key -> indicators.label(indicator.getMeasure(), indicator.getParam())))));
        model.addAttribute("indicatorLabels", labels);
        model.addAttribute("form", form);
        // Only the chosen organization (the picker searches the tree on demand): the page costs the same at any size.
        model.addAttribute("chosenOrganization", organizations.chosen(actor, form.getOrganizationId()));
        return "plan/preview";
    }
}
