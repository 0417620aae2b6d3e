package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
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

    /**
     * Which menu entries the actor sees, decided once per page from the actor's roles (the same roles that the
     * handlers check) instead of a Spring Security expression per entry in the layout.
     */
    @ModelAttribute("menu")
    Menu menu() {
        return actors.current().map(Menu::of).orElse(Menu.NONE);
    }

    /** The role-dependent entries of the layout's menu (public, so that compiled template expressions may read it). */
    public record Menu(boolean volunteers, boolean volunteerList, boolean activities, boolean scorecards, boolean users,
                boolean audit, boolean api) {

        static final Menu NONE = new Menu(false, false, false, false, false, false, false);

        static Menu of(Actor actor) {
            boolean office = actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER);
            return new Menu(office || actor.has(Role.VOLUNTEER), office, office, office,
                    actor.has(Role.SECURITY_ADMIN), actor.has(Role.AUDITOR),
                    actor.hasAny(Role.TOWN_ADMIN, Role.SYSTEM_ADMIN));
        }
    }
}
