package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.AuditTarget;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Personal access tokens on a page: the own ones ({@code /account/tokens}) and, for a security admin, a device
 * account's ({@code /users/{userId}/tokens}). A new token is shown once, on the page the creation redirects to.
 */
@Controller
class TokenPages {

    private final ApiTokens tokens;
    private final Accounts accounts;
    private final Clock clock;

    TokenPages(ApiTokens tokens, Accounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/account/tokens")
    String own(Actor actor, Model model) {
        return page(actor, null, model);
    }

    @GetMapping("/users/{userId}/tokens")
    String ofDevice(Actor actor, @PathVariable long userId, Model model) {
        model.addAttribute("owner", accounts.get(actor, userId));
        return page(actor, userId, model);
    }

    @PostMapping("/account/tokens")
    String createOwn(Actor actor, @RequestParam(required = false) String name,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return create(actor, null, name, expiresOn, model, response, redirect);
    }

    @PostMapping("/users/{userId}/tokens")
    String createForDevice(Actor actor, @PathVariable long userId, @RequestParam(required = false) String name,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                           LocalDate expiresOn, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        model.addAttribute("owner", accounts.get(actor, userId));
        return create(actor, userId, name, expiresOn, model, response, redirect);
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revoke(Actor actor, @PathVariable long tokenId, @RequestParam(required = false) Long userId,
                  RedirectAttributes redirect) {
        AuditTarget.name(ApiTokens.ENTITY, tokenId);
        tokens.revoke(actor, tokenId);
        Flash.success(redirect, "token.revoked.done");
        return back(userId);
    }

    private String create(Actor actor, Long userId, String name, LocalDate expiresOn, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        ApiTokens.CreatedToken created;
        try {
            created = tokens.create(actor, userId, name, expiresOn);
        } catch (BusinessRuleException e) {
            Flash.refuse(model, response, e);
            return page(actor, userId, model);
        }
        AuditTarget.name(ApiTokens.ENTITY, created.id());
        redirect.addFlashAttribute("newToken", created.token());
        Flash.success(redirect, "token.created", created.name());
        return back(userId);
    }

    private String page(Actor actor, Long userId, Model model) {
        model.addAttribute("tokens", tokens.list(actor, userId));
        model.addAttribute("userId", userId);
        model.addAttribute("defaultExpiry", LocalDate.now(clock).plusDays(90));
        model.addAttribute("zone", clock.getZone());
        return "security/tokens";
    }

    private static String back(Long userId) {
        return userId == null ? "redirect:/account/tokens" : "redirect:/users/" + userId + "/tokens";
    }
}
