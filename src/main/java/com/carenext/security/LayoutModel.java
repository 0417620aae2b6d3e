package com.carenext.security;

import com.carenext.shared.Actor;
import com.carenext.shared.ApiRequests;
import com.carenext.shared.PageAttributes;
import com.carenext.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in actor, so the layout can show who is working and in which scope. */
@ControllerAdvice
class LayoutModel {

    private final CurrentActors actors;
    private final LayoutMenus menus;
    private final ZoneId officeZone;
    private final List<PageAttributes> moduleAttributes;

    LayoutModel(CurrentActors actors, LayoutMenus menus, Clock clock, List<PageAttributes> moduleAttributes) {
        this.actors = actors;
        this.menus = menus;
        this.officeZone = clock.getZone();
        this.moduleAttributes = List.copyOf(moduleAttributes);
    }

    /**
     * What the layout needs, in one method (Spring MVC resolves and invokes each {@code @ModelAttribute} method of an
     * advice separately on every request) and not for the JSON API, which has no layout: the path of the page and
     * its menu section, the signed-in actor, whether the page shows the phone menu, the menu's entries, the
     * office menu's HTML for those entries and that section ({@link LayoutMenus}), the office's zone
     * ({@code officeZone}: templates show instants on the office's clock) and what other modules add
     * ({@link PageAttributes}, e.g. the unread notices).
     */
    @ModelAttribute
    void layout(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (ApiRequests.isApi(request)) {
            return;
        }
        // the path of the page (Thymeleaf 3.1 no longer exposes the request) and its menu section, decided here
        // rather than by a chain of #strings.startsWith(…) or … per menu entry, which the SpEL compiler cannot
        // compile when the first operand decides
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("requestPath", path);
        model.addAttribute("officeZone", officeZone);
        Actor actor = actors.current().orElse(null);
        model.addAttribute("currentActor", actor);
        // a volunteer and nothing else: the page shows the phone menu, never the office's
        boolean phoneOnly = actor != null && actor.roles().equals(Set.of(Role.VOLUNTEER));
        model.addAttribute("phoneOnly", phoneOnly);
        // which menu entries the actor sees, decided once per page from the actor's roles (the same roles that the
        // handlers check) instead of a Spring Security expression per entry in the layout
        Menu menu = actor == null ? Menu.NONE : Menu.of(actor);
        String section = Section.of(path);
        model.addAttribute("section", section);
        model.addAttribute("officeMenu", actor == null || phoneOnly ? LayoutMenus.Html.NONE
                : menus.of(menu, section, request, response));
        for (PageAttributes attributes : moduleAttributes) {
            attributes.addTo(actor, model);
        }
    }

    /** The role-dependent entries of the layout's menu (public, so that compiled template expressions may read it). */
    public record Menu(boolean volunteers, boolean volunteerList, boolean activities, boolean scorecards, boolean users,
                boolean audit, boolean exports, boolean api) {

        static final Menu NONE = new Menu(false, false, false, false, false, false, false, false);

        static Menu of(Actor actor) {
            boolean office = actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.LEADER);
            return new Menu(office || actor.has(Role.VOLUNTEER), office, office, office,
                    actor.has(Role.SECURITY_ADMIN), actor.has(Role.AUDITOR), office || actor.has(Role.AUDITOR),
                    actor.hasAny(Role.TOWN_ADMIN, Role.SYSTEM_ADMIN));
        }
    }

    /** The office menu's sections by the paths of their pages (the first prefix that matches decides). */
    static final class Section {

        private static final java.util.List<java.util.Map.Entry<String, String>> PREFIXES = java.util.List.of(
                java.util.Map.entry("/organizations", "organizations"), java.util.Map.entry("/volunteers", "volunteers"),
                java.util.Map.entry("/my", "volunteers"), java.util.Map.entry("/study", "study"),
                java.util.Map.entry("/patrol", "patrol"), java.util.Map.entry("/water-bodies", "patrol"),
                java.util.Map.entry("/hazards", "patrol"), java.util.Map.entry("/activit", "activities"),
                java.util.Map.entry("/education-bases", "activities"), java.util.Map.entry("/materials", "activities"),
                java.util.Map.entry("/plans", "plans"), java.util.Map.entry("/notices", "notices"),
                java.util.Map.entry("/publicity", "publicity"), java.util.Map.entry("/scorecards", "scorecards"),
                java.util.Map.entry("/users", "users"), java.util.Map.entry("/audit", "audit"),
                java.util.Map.entry("/exports", "exports"), java.util.Map.entry("/account", "account"));

        private Section() {
        }

        static String of(String path) {
            if (path.equals("/")) {
                return "dashboard";
            }
            for (var prefix : PREFIXES) {
                if (path.startsWith(prefix.getKey())) {
                    return prefix.getValue();
                }
            }
            return "";
        }
    }
}
