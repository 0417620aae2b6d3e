package com.carenext.audit;

import com.carenext.exports.ExportKind;
import com.carenext.exports.ExportSource;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.shared.SpreadsheetWriter;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The trail as an .xlsx, as the list filters it, newest first: an export job (a million rows is no rarity). */
@Component
class AuditExport implements ExportSource<AuditFilter> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog trail;
    private final AuditLabels labels;
    private final MessageSource messages;
    private final Clock clock;

    AuditExport(AuditLog trail, AuditLabels labels, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public ExportKind kind() {
        return ExportKind.AUDIT;
    }

    @Override
    public Class<AuditFilter> filterType() {
        return AuditFilter.class;
    }

    @Override
    public void check(Actor actor, AuditFilter filter) {
        actor.require(Role.AUDITOR);
    }

    @Override
    public OptionalLong total(Actor actor, AuditFilter filter) {
        return OptionalLong.of(trail.count(actor, filter));
    }

    @Override
    public String fileName() {
        return text("audit.export.file");
    }

    @Override
    public void write(Actor actor, AuditFilter filter, OutputStream out, LongConsumer progress) {
        try (var sheet = new SpreadsheetWriter(out, text("audit.title"), text("audit.title"), List.of(
                text("audit.col.time"), text("audit.col.user"), text("audit.col.action"), text("audit.col.target"),
                text("audit.col.client"), text("audit.col.outcome"), text("audit.col.status"),
                text("audit.col.path"), text("audit.col.reason"), text("audit.col.detail")),
                new int[]{20, 14, 28, 22, 16, 8, 8, 40, 24, 30}, progress)) {
            trail.each(actor, filter, event -> sheet.row(TIME.format(event.occurredAt().atZone(clock.getZone())),
                    labels.actor(event), labels.action(event), labels.target(event), event.clientAddress(),
                    labels.outcome(event), event.status(),
                    event.httpMethod() == null ? "" : event.httpMethod() + " " + event.requestPath(),
                    labels.reason(event), event.detail()));
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
