package com.carenext.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The office menu's HTML ({@code templates/menu.html}), rendered once per role set ({@link LayoutModel.Menu}), menu
 * section and language, then reused by every page: it was the same 40-odd expressions and 15 links evaluated on
 * every page of a role (docs/performance.md). The key is everything the fragment reads, so a role change shows at
 * the next page that reads the changed actor (docs/security.md, "How soon a changed account applies"): nothing is
 * invalidated, a changed role set is another key. The unread-notices entry is per user and stays in the layout.
 * With {@code spring.thymeleaf.cache=false} (templates edited while the application runs) nothing is kept.
 */
@Component
class LayoutMenus {

    /** A bound far above the role sets × sections × languages in use; reached, the map starts again. */
    private static final int MOST = 1024;

    /** The two parts of the menu, before and after the notices entry (public for compiled template expressions). */
    public record Html(String before, String after) {
        static final Html NONE = new Html("", "");
    }

    private record Key(LayoutModel.Menu menu, String section, Locale locale, String contextPath) {
    }

    private final ISpringTemplateEngine engine;
    private final boolean keep;
    private final Map<Key, Html> rendered = new ConcurrentHashMap<>();

    LayoutMenus(ISpringTemplateEngine engine, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        this.engine = engine;
        this.keep = keep;
    }

    Html of(LayoutModel.Menu menu, String section, HttpServletRequest request, HttpServletResponse response) {
        Key key = new Key(menu, section, LocaleContextHolder.getLocale(), request.getContextPath());
        Html html = rendered.get(key);
        if (html == null) {
            html = render(key, request, response);
            if (keep) {
                if (rendered.size() >= MOST) {
                    rendered.clear();
                }
                rendered.put(key, html);
            }
        }
        return html;
    }

    /**
     * Links are built with the context path and without the response's URL encoding, which could add something of
     * this request's session to HTML that every user of the key gets (sessions are tracked by cookie only).
     */
    private Html render(Key key, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new HttpServletResponseWrapper(response) {
                    @Override
                    public String encodeURL(String url) {
                        return url;
                    }
                });
        var context = new WebContext(exchange, key.locale(), Map.of("menu", key.menu(), "section", key.section()));
        return new Html(engine.process("menu", Set.of("before"), context),
                engine.process("menu", Set.of("after"), context));
    }
}
