package com.carenext.volunteer;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.QrSvg;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

    RecruitmentPages(Recruitment recruitment, Organizations organizations) {
        this.recruitment = recruitment;
        this.organizations = organizations;
    }

    @GetMapping(PUBLIC_PATH)
    String form(Model model) {
        if (!model.containsAttribute("draft")) {
            model.addAttribute("draft", new ApplicationDraft("", null, null, "", null, null, null, Set.of(), null));
        }
        return page(model);
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
    String pending(Actor actor, Model model) {
        model.addAttribute("applications", recruitment.pending(actor));
        model.addAttribute("joinUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path(PUBLIC_PATH).toUriString());
        model.addAttribute("organizationNames", VolunteerPages.names(organizations.subtree(actor, true)));
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
        model.addAttribute("homes", recruitment.homes());
        model.addAttribute("categories", Category.values());
        return "volunteer/join";
    }
}
