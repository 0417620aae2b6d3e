package com.carenext.plan;

import com.carenext.security.CurrentActors;
import com.carenext.shared.ApiRequests;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread notice count beside the menu entry: one indexed count per page, none for the API. */
@ControllerAdvice
class NoticeMenu {

    private final CurrentActors actors;
    private final Notices notices;

    NoticeMenu(CurrentActors actors, Notices notices) {
        this.actors = actors;
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Integer unreadNotices(HttpServletRequest request) {
        if (ApiRequests.isApi(request)) {
            return null;
        }
        return actors.current().map(notices::unread).orElse(null);
    }
}
