package com.carenext.volunteer;

import com.carenext.organization.Organizations;
import com.carenext.organization.PickerRequest;
import com.carenext.shared.Actor;
import com.carenext.shared.Paged;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.QrSvg;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public sign-up page (no login) and the manager's list of pending applications. */
@Controller
class RecruitmentPages {

    static final String PUBLIC_PATH = "/join";

    private final Recruitment recruitment;
    private final Organizations organizations;
    private final SearchAllowance allowance;

    RecruitmentPages(Recruitment recruitment, Organizations organizations, SearchAllowance allowance) {
        this.recruitment = recruitment;
        this.organizations = organizations;
        this.allowance = allowance;
    }

    @GetMapping(PUBLIC_PATH)
    String form(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new ApplicationDraft("", null, null, "", null, null, null, Set.of(), null));
        }
        return page(model);
    }

    /**
     * The public page's village search (no login; templates/organization/picker.html with pickSource='/join/homes'):
     * the chosen 嘎查/村/社区 and those whose name or whose town's name contains the text, as "村（镇）", at most
     * {@link PickerRequest#LIMIT}. It names only units one may sign up for, nothing else about them; a client address
     * gets {@code carenext.recruitment.searches-per-address-per-minute} searches a minute (then 429).
     */
    @GetMapping(PUBLIC_PATH + "/homes")
    String homes(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!allowance.take(request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("failure", "recruit.searchLimited");
            return "volunteer/join :: limited";
        }
        PickerRequest picked = PickerRequest.of(request, "organizationId", "common.choose");
        List<PickerRequest.Item> chosen = picked.sent().stream().limit(1).map(recruitment::home)
                .flatMap(java.util.Optional::stream).map(RecruitmentPages::item).toList();
        List<PickerRequest.Item> found = recruitment.homes(picked.text(), PickerRequest.LIMIT + chosen.size() + 1).stream()
                .map(RecruitmentPages::item).toList();
        return picked.answer(model, chosen, found, PickerRequest.LIMIT, "recruit.home.found");
    }

    private static PickerRequest.Item item(Organizations.PublicUnit unit) {
        return new PickerRequest.Item(unit.id(), unit.label(), unit.label());
    }

    /** A printable poster with the sign-up page's address as a QR code, to put up in the village. */
    @GetMapping(PUBLIC_PATH + "/poster")
    String poster(Model model) {
        String joinUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path(PUBLIC_PATH).toUriString();
        model.addAttribute("joinUrl", joinUrl);
        model.addAttribute("qrSvg", QrSvg.of(joinUrl));
        return "volunteer/join-poster";
    }

    @PostMapping(PUBLIC_PATH)
    String submit(@Valid @ModelAttribute("draft") ApplicationDraft draft, BindingResult errors, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        try {
            ApplicationView application = recruitment.submit(draft, request.getRemoteAddr());
            AuditTarget.name(Recruitment.ENTITY, application.id());
            model.addAttribute("submitted", application);
            return "volunteer/join-done";
        } catch (BusinessRuleException e) {
            response.setStatus("recruit.rateLimited".equals(e.messageKey()) ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("failure", e.messageKey());
            model.addAttribute("failureArgs", e.arguments());
            return page(model);
        }
    }

    @GetMapping("/volunteer-applications")
    String pending(Actor actor, @RequestParam(required = false) Integer page, Model model) {
        Paged<ApplicationView> applications = recruitment.pending(actor, Paged.page(page));
        model.addAttribute("applications", applications);
        model.addAttribute("joinUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(PUBLIC_PATH).toUriString());
        model.addAttribute("organizationNames", organizations.names(
                applications.rows().stream().map(ApplicationView::organizationId).toList()));
        return "volunteer/applications";
    }

    @PostMapping("/volunteer-applications/{applicationId}/approve")
    String approve(Actor actor, @PathVariable long applicationId, @RequestParam(required = false) Long version,
                   RedirectAttributes redirect) {
        recruitment.get(actor, applicationId);
        Flash.attempt(redirect, "recruit.approved", () -> recruitment.approve(actor, applicationId, version));
        return "redirect:/volunteer-applications";
    }

    @PostMapping("/volunteer-applications/{applicationId}/decline")
    String decline(Actor actor, @PathVariable long applicationId, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        recruitment.get(actor, applicationId);
        Flash.attempt(redirect, "recruit.declined", () -> recruitment.decline(actor, applicationId, reason, version));
        return "redirect:/volunteer-applications";
    }

    private String page(Model model) {
        // The chosen village only (the page searches them on demand): the page is the same size for a region.
        ApplicationDraft draft = (ApplicationDraft) model.getAttribute("draft");
        model.addAttribute("chosenHome", recruitment.home(draft == null ? null : draft.organizationId()).stream()
                .map(RecruitmentPages::item).toList());
        model.addAttribute("categories", Category.values());
        return "volunteer/join";
    }
}
