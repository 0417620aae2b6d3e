package com.carenext.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message a page shows: what succeeded, or which rule refused the change. A refusal is also marked
 * on the request ({@link #REFUSAL_ATTRIBUTE}, the reason's message key), so that the audit trail records the action
 * as refused, whatever status the page answers with. The rule for pages (docs/development.md): a refused one-click
 * action redirects back with a flash message ({@link #attempt}, {@link #fail}); a refused form is shown again with
 * the message and status 400 ({@link #refuse}),
 * for invalid input and broken rules alike.
 */
public final class Flash {

    /** Request attribute: the message key of the rule that refused the current request's change. */
    public static final String REFUSAL_ATTRIBUTE = Flash.class.getName() + ".refusal";

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("success", messageKey);
        redirect.addFlashAttribute("successArgs", arguments);
    }

    /** Shows a broken rule on the form being re-rendered, with status 400; the audit trail records it as refused. */
    public static void refuse(Model model, HttpServletResponse response, BusinessRuleException e) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("failure", e.messageKey());
        model.addAttribute("failureArgs", e.arguments());
        markRefused(e.messageKey());
    }

    /** Carries a broken rule to the page redirected to; the audit trail records the action as refused. */
    public static void fail(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("failure", e.messageKey());
        redirect.addFlashAttribute("failureArgs", e.arguments());
        markRefused(e.messageKey());
    }

    /** Runs a one-click change; a broken rule comes back to the page as a message, not as an error page. */
    public static void attempt(RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            success(redirect, successKey);
        } catch (BusinessRuleException e) {
            fail(redirect, e);
        }
    }

    /** Marks the current request as refused for the given reason (a message key); the first reason wins. */
    public static void markRefused(String reasonKey) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(REFUSAL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) == null) {
            attributes.setAttribute(REFUSAL_ATTRIBUTE, reasonKey, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
