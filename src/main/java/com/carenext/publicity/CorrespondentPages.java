package com.carenext.publicity;

import com.carenext.organization.Organizations;
import com.carenext.organization.PickerRequest;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correspondent grid: the list, each correspondent's record with its history and trainings, the forms. */
@Controller
@RequestMapping("/publicity/correspondents")
class CorrespondentPages {

    private final Correspondents correspondents;
    private final Organizations organizations;
    private final Clock clock;

    CorrespondentPages(Correspondents correspondents, Organizations organizations, Clock clock) {
        this.correspondents = correspondents;
        this.organizations = organizations;
        this.clock = clock;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(defaultValue = "false") boolean inactive,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("correspondents", correspondents.page(actor, inactive, Paged.page(page)));
        model.addAttribute("inactive", inactive);
        return "publicity/correspondents";
    }

    /**
     * The choices of the article form's author picker (templates/organization/picker.html with
     * pickSource='/publicity/correspondents/picker'): the ticked ones (sent as the field, in the caller's subtree),
     * then active correspondents whose name contains the text, each with their organization, at most
     * {@link PickerRequest#LIMIT}: limited queries, whatever the size of the grid.
     */
    @GetMapping("/picker")
    String picker(Actor actor, jakarta.servlet.http.HttpServletRequest request, Model model) {
        PickerRequest picked = PickerRequest.of(request, "authorIds", "common.none");
        List<PickerRequest.Item> chosen = items(correspondents.among(actor, picked.sent()));
        List<PickerRequest.Item> found = items(correspondents.search(actor, picked.text(), PickerRequest.LIMIT + chosen.size() + 1));
        return picked.answer(model, chosen, found, PickerRequest.LIMIT, "publicity.authors.found");
    }

    /** Correspondents as a picker shows them: the name, and with the organization where they are listed. */
    static List<PickerRequest.Item> items(List<CorrespondentView> correspondents) {
        return correspondents.stream().map(c -> new PickerRequest.Item(c.id(),
                c.name() + "（" + c.organizationName() + "）", c.name() + "（" + c.organizationName() + "）")).toList();
    }

    @GetMapping("/{correspondentId}")
    String show(Actor actor, @PathVariable long correspondentId, Model model) {
        model.addAttribute("correspondent", correspondents.get(actor, correspondentId));
        model.addAttribute("trainings", correspondents.trainings(actor, correspondentId));
        return "publicity/correspondent";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        model.addAttribute("draft", new CorrespondentDraft(actor.organizationId(), "", null, null, null,
                LocalDate.now(clock), null));
        return form(actor, model, null);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("draft") CorrespondentDraft draft, BindingResult errors,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, null);
        }
        CorrespondentView created = correspondents.create(actor, draft);
        AuditTarget.name(Correspondents.ENTITY, created.id());
        Flash.success(redirect, "publicity.correspondent.created");
        return "redirect:/publicity/correspondents/" + created.id();
    }

    @GetMapping("/{correspondentId}/edit")
    String editForm(Actor actor, @PathVariable long correspondentId, Model model) {
        CorrespondentView correspondent = correspondents.get(actor, correspondentId);
        CorrespondentDraft draft = CorrespondentDraft.of(correspondent);
        model.addAttribute("draft", new CorrespondentDraft(draft.organizationId(), draft.name(), draft.phone(),
                draft.grid(), draft.userId(), LocalDate.now(clock), draft.version()));
        return form(actor, model, correspondent);
    }

    @PostMapping("/{correspondentId}")
    String update(Actor actor, @PathVariable long correspondentId,
                  @Valid @ModelAttribute("draft") CorrespondentDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CorrespondentView correspondent = correspondents.get(actor, correspondentId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, correspondent);
        }
        correspondents.update(actor, correspondentId, draft);
        Flash.success(redirect, "common.saved");
        return "redirect:/publicity/correspondents/" + correspondentId;
    }

    @PostMapping("/{correspondentId}/activation")
    String activation(Actor actor, @PathVariable long correspondentId, @RequestParam boolean active,
                      @RequestParam Long version, RedirectAttributes redirect) {
        Flash.attempt(redirect, "common.saved", () -> correspondents.setActive(actor, correspondentId, active, version));
        return "redirect:/publicity/correspondents/" + correspondentId;
    }

    private String form(Actor actor, Model model, CorrespondentView correspondent) {
        model.addAttribute("correspondent", correspondent);
        // Only the chosen organization (the picker searches the tree on demand): the form costs the same at any size.
        CorrespondentDraft draft = (CorrespondentDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        return "publicity/correspondent-form";
    }
}
