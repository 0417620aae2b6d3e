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
