package com.carenext.volunteer;

import com.carenext.shared.Actor;
import com.carenext.shared.SpreadsheetWriter;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The registry as an .xlsx, streamed row by row, with phone and identity number masked. */
@Component
class VolunteerWorkbook {

    static final String[] COLUMN_KEYS = {"volunteer.col.no", "volunteer.col.name", "volunteer.col.gender",
            "volunteer.col.ethnicity", "volunteer.col.birthDate", "volunteer.col.phone", "volunteer.col.idNumber",
            "volunteer.col.organization", "volunteer.col.partyMember", "volunteer.col.formerPost",
            "volunteer.col.categories", "volunteer.col.serviceRoles", "volunteer.col.specialties",
            "volunteer.col.fitForPatrol", "volunteer.col.healthSummary", "volunteer.col.joinedOn",
            "volunteer.col.status"};
    static final int[] WIDTHS = {6, 10, 6, 8, 12, 14, 22, 22, 8, 20, 20, 30, 20, 10, 20, 12, 8};

    private final Volunteers volunteers;
    private final MessageSource messages;

    VolunteerWorkbook(Volunteers volunteers, MessageSource messages) {
        this.volunteers = volunteers;
        this.messages = messages;
    }

    void export(Actor actor, VolunteerFilter filter, Map<Long, String> organizationNames, OutputStream out,
                LongConsumer progress) {
        try (var sheet = new SpreadsheetWriter(out, text("volunteer.sheet"),
                text("volunteer.export.title", actor.organizationName()), headers(), WIDTHS, progress)) {
            int[] no = {1};
            volunteers.forEach(actor, filter, v -> sheet.row(no[0]++, v.name(), v.gender(), v.ethnicity(),
                    v.birthDate(), v.maskedPhone(), v.maskedIdNumber(), organizationNames.get(v.organizationId()),
                    yesNo(v.partyMember()), v.formerPost(), labels(v.categories().stream().map(Category::messageKey)),
                    labels(v.serviceRoles().stream().map(ServiceRole::messageKey)), v.specialties(),
                    yesNo(v.fitForPatrol()), v.healthSummary(), v.joinedOn(), text(v.status().messageKey())));
        }
    }

    List<String> headers() {
        return Arrays.stream(COLUMN_KEYS).map(this::text).toList();
    }

    private String labels(java.util.stream.Stream<String> keys) {
        return keys.map(this::text).collect(Collectors.joining("、"));
    }

    private String yesNo(boolean value) {
        return text(value ? "volunteer.yes" : "volunteer.no");
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
