package com.carenext.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line message a page shows after a redirect: what succeeded, or which rule refused the change. */
public final class Flash {

    private Flash() {
    }

    public static void success(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("success", messageKey);
        redirect.addFlashAttribute("successArgs", arguments);
    }

    /**
     * Shows a broken rule on the form being re-rendered (status 400, so the audit trail records a failure).
     */
    public static void refuse(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response,
                              BusinessRuleException e) {
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("failure", e.messageKey());
        model.addAttribute("failureArgs", e.arguments());
    }

    /** Runs a one-click change; a broken rule comes back to the page as a message, not as an error page. */
    public static void attempt(RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            success(redirect, successKey);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            redirect.addFlashAttribute("failureArgs", e.arguments());
        }
    }
}
