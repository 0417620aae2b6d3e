package com.carenext.security;

import com.carenext.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in actor, so the layout can show who is working and in which scope. */
@ControllerAdvice
class LayoutModel {

    private final CurrentActors actors;

    LayoutModel(CurrentActors actors) {
        this.actors = actors;
    }

    /** The path of the page, for marking the current menu entry (Thymeleaf 3.1 no longer exposes the request). */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** A volunteer and nothing else: the page shows the phone menu, never the office's. */
    @ModelAttribute("phoneOnly")
    boolean phoneOnly() {
        return actors.current().map(actor -> actor.roles().equals(java.util.Set.of(com.carenext.shared.Role.VOLUNTEER)))
                .orElse(false);
    }

    @ModelAttribute("currentActor")
    Actor currentActor() {
        return actors.current().orElse(null);
    }
}
