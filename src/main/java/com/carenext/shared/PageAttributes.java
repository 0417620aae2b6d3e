package com.carenext.shared;

import org.springframework.ui.Model;

/**
 * What a module adds to every page beside the layout's own attributes (e.g. the unread notices of the menu). The
 * layout's one {@code @ModelAttribute} method calls each: Spring MVC builds and invokes every {@code @ModelAttribute}
 * method of an advice separately on every request, HTML or JSON, which cost more than the attributes themselves.
 * Not called for the JSON API.
 */
public interface PageAttributes {

    /** Adds this module's attributes for a page seen by this actor (null when nobody is signed in). */
    void addTo(Actor actor, Model model);
}
