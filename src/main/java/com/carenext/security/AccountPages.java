package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the signed-in user's own password. */
@Controller
class AccountPages {

    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping(MustChangePasswordFilter.PASSWORD_PAGE)
    String passwordForm(Actor actor, Model model) {
        passwordState(actor, model);
        return "security/password";
    }

    @PostMapping(MustChangePasswordFilter.PASSWORD_PAGE)
    String changePassword(Actor actor, @RequestParam String currentPassword, @RequestParam String newPassword,
                          @RequestParam String confirmPassword, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new BusinessRuleException("password.mismatch");
            }
            accounts.changeOwnPassword(actor, currentPassword, newPassword);
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            passwordState(actor, model);
            return "security/password";
        }
        Flash.success(redirect, "password.changed");
        return "redirect:/";
    }

    private void passwordState(Actor actor, Model model) {
        Accounts.PasswordState state = accounts.passwordState(actor.userId());
        model.addAttribute("mustChange", state.oneTime());
        model.addAttribute("expired", !state.oneTime() && state.expired());
        model.addAttribute("maxAgeDays", accounts.passwordMaxAgeDays());
    }
}
