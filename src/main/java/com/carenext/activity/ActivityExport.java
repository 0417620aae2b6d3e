package com.carenext.activity;

import com.carenext.exports.ExportKind;
import com.carenext.exports.ExportSource;
import com.carenext.shared.Actor;
import com.carenext.shared.SpreadsheetWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The ledger as an .xlsx, as the list filters it: an export job (a banner's ledger runs to hundreds of thousands). */
@Component
class ActivityExport implements ExportSource<ActivityFilter> {

    private final Activities activities;
    private final ActivityFigures figures;
    private final MessageSource messages;

    ActivityExport(Activities activities, ActivityFigures figures, MessageSource messages) {
        this.activities = activities;
        this.figures = figures;
        this.messages = messages;
    }

    @Override
    public ExportKind kind() {
        return ExportKind.ACTIVITY;
    }

    @Override
    public Class<ActivityFilter> filterType() {
        return ActivityFilter.class;
    }

    /** A reader's own scope; a filter naming a unit outside it is refused (404) as the list refuses it. */
    @Override
    public void check(Actor actor, ActivityFilter filter) {
        actor.require(Activities.READERS);
        activities.page(actor, filter, null, 1);
    }

    @Override
    public OptionalLong total(Actor actor, ActivityFilter filter) {
        return OptionalLong.of(figures.count(actor, filter));
    }

    @Override
    public String fileName() {
        return text("activity.sheet");
    }

    @Override
    public void write(Actor actor, ActivityFilter filter, OutputStream out, LongConsumer progress) {
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(out, text("activity.sheet"),
                text("activity.export.title", actor.organizationName()),
                List.of(text("activity.col.startsAt"), text("activity.col.type"), text("activity.col.title"),
                        text("activity.col.organization"), text("activity.col.partners"), text("activity.col.place"),
                        text("activity.col.elders"), text("activity.col.youths"), text("activity.col.parents"),
                        text("activity.col.others"), text("activity.col.planTask"), text("activity.col.summary")),
                new int[]{17, 14, 30, 20, 30, 18, 20, 10, 10, 10, 10, 50}, progress)) {
            activities.forEach(actor, filter, a -> sheet.row(a.startsAt().toString().replace('T', ' '),
                    text(a.type().messageKey()), a.title(), a.organizationName(),
                    a.partners().stream().map(p -> p.name() + (p.isConfirmed() ? text("activity.confirmedMark") : ""))
                            .collect(Collectors.joining("、")),
                    a.place(), String.join("、", a.elders()), a.youths(), a.parents(), a.others(), a.planTaskId(),
                    a.summary()));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
