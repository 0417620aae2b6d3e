package com.carenext.security;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** User management for the security admin (安全管理员), within the admin's subtree. */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class UserPages {

    static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final Organizations organizations;

    UserPages(Accounts accounts, Organizations organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") long after,
                Model model) {
        List<UserView> users = accounts.page(actor, q, after, PAGE_SIZE + 1);
        boolean more = users.size() > PAGE_SIZE;
        List<UserView> shown = more ? users.subList(0, PAGE_SIZE) : users;
        model.addAttribute("users", shown);
        model.addAttribute("q", q);
        model.addAttribute("nextAfter", more ? shown.get(shown.size() - 1).id() : null);
        // The names of the page's organizations only, in one query.
        model.addAttribute("organizationNames", organizations.names(shown.stream().map(UserView::organizationId).toList()));
        return "security/users";
    }

    @GetMapping("/new")
    String createForm(Actor actor, Model model) {
        model.addAttribute("draft", new UserDraft("", "", actor.organizationId(), null, Set.of(), true, null, null));
        return form(actor, model, null);
    }

    @PostMapping
    String create(Actor actor, @Valid @ModelAttribute("draft") UserDraft draft, BindingResult errors, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, null);
        }
        try {
            CreatedAccount created = accounts.create(actor, draft);
            AuditTarget.name(Accounts.ENTITY, created.user().id());
            Flash.success(redirect, "user.created", created.user().username());
            redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
            return "redirect:/users/" + created.user().id();
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return form(actor, model, null);
        }
    }

    @GetMapping("/{userId}")
    String editForm(Actor actor, @PathVariable long userId, Model model) {
        UserView user = accounts.get(actor, userId);
        model.addAttribute("draft", new UserDraft(user.username(), user.displayName(), user.organizationId(),
                user.phone(), user.roles(), user.enabled(), null, user.version()));
        return form(actor, model, user);
    }

    @PostMapping("/{userId}")
    String update(Actor actor, @PathVariable long userId, @Valid @ModelAttribute("draft") UserDraft draft,
                  BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        UserView user = accounts.get(actor, userId);
        if (errors.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(actor, model, user);
        }
        try {
            accounts.update(actor, userId, draft);
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return form(actor, model, user);
        }
        Flash.success(redirect, "common.saved");
        return "redirect:/users/" + userId;
    }

    @PostMapping("/{userId}/password-reset")
    String resetPassword(Actor actor, @PathVariable long userId, @RequestParam Long version,
                         RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", accounts.resetPassword(actor, userId, version));
        Flash.success(redirect, "user.passwordReset");
        return "redirect:/users/" + userId;
    }

    @PostMapping("/{userId}/unlock")
    String unlock(Actor actor, @PathVariable long userId, RedirectAttributes redirect) {
        accounts.unlock(actor, userId);
        Flash.success(redirect, "user.unlocked");
        return "redirect:/users/" + userId;
    }

    private String form(Actor actor, Model model, UserView user) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        // Only the chosen organization (the picker searches the tree on demand): the form costs the same at any size.
        UserDraft draft = (UserDraft) model.getAttribute("draft");
        model.addAttribute("chosenOrganization", organizations.chosen(actor, draft == null ? null : draft.organizationId()));
        return "security/user-form";
    }
}
