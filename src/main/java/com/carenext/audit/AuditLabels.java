package com.carenext.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How an auditor reads an event, in Chinese: the action's name ({@code audit.action.Study.checkIn} → 学习签到), the
 * target's type, the actor's display name (演示数据 for the demo loader) and the refusal's reason. A code without a
 * message key is shown as it is, so nothing is hidden. Used by the page ({@code labels} in the model) and the
 * export alike. Public, as are {@link AuditFilter} and {@link AuditEvent}, so that the page's expressions (five per
 * row) compile to bytecode instead of being interpreted (docs/performance.md).
 */
@Component("auditLabels")
public class AuditLabels {

    static final String DEMO_USER = "demo";
    /** One formatter for every row (#temporals.format parsed its pattern again for each of a page's 50 rows). */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;

    AuditLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** When it happened, on the office's clock. */
    public String time(AuditEvent event, ZoneId officeZone) {
        return TIME.format(event.localTime(officeZone));
    }

    public String action(AuditEvent event) {
        return text("audit.action." + event.action(), event.action());
    }

    public String target(AuditEvent event) {
        if (event.targetType() == null) {
            return "";
        }
        String type = text("audit.target." + event.targetType(), event.targetType());
        return event.targetId() == null ? type : type + " #" + event.targetId();
    }

    public String actor(AuditEvent event) {
        if (DEMO_USER.equals(event.username())) {
            return text("audit.actor.demo", event.username());
        }
        if (event.username() == null) {
            return text("audit.actor.anonymous", "");
        }
        return event.actorName() == null || event.actorName().isBlank() ? event.username() : event.actorName();
    }

    public String outcome(AuditEvent event) {
        return text("audit.outcome." + event.outcome().name(), event.outcome().name());
    }

    public String reason(AuditEvent event) {
        return event.reason() == null ? "" : text(event.reason(), event.reason());
    }

    private String text(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }
}
