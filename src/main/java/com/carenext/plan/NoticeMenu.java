package com.carenext.plan;

import com.carenext.shared.Actor;
import com.carenext.shared.PageAttributes;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The unread notice count beside the menu entry ({@code unreadNotices}): one indexed count per page. */
@Component
class NoticeMenu implements PageAttributes {

    private final Notices notices;

    NoticeMenu(Notices notices) {
        this.notices = notices;
    }

    @Override
    public void addTo(Actor actor, Model model) {
        model.addAttribute("unreadNotices", actor == null ? null : notices.unread(actor));
    }
}
