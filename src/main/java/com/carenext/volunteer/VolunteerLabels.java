package com.carenext.volunteer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names of categories and statuses in the page's language, looked up once per language: a list page of 30 rows
 * asked the message source (seven bundles, tried in turn) for two or three of them per row. Public so that the
 * list's expressions compile to bytecode.
 */
@Component
public class VolunteerLabels {

    private final MessageSource messages;
    private final Map<Locale, Map<Enum<?>, String>> names = new ConcurrentHashMap<>();

    VolunteerLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String category(Category category) {
        return name(category, category.messageKey());
    }

    public String status(VolunteerStatus status) {
        return name(status, status.messageKey());
    }

    private String name(Enum<?> value, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return names.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(value, v -> messages.getMessage(key, null, locale));
    }
}
