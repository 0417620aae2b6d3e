package com.carenext.patrol;

import com.carenext.shared.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The coverage report as .xlsx: one row per water body with required, done and the gaps by date. */
@Component
class CoverageWorkbook {

    private static final int[] WIDTHS = {22, 20, 10, 14, 10, 10, 10, 70};

    private final MessageSource messages;

    CoverageWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(String organizationName, LocalDate from, LocalDate to, List<Coverage.Line> lines, OutputStream out)
            throws IOException {
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(out, text("patrol.coverage.sheet"),
                text("patrol.coverage.export.title", organizationName, from, to),
                List.of(text("patrol.col.waterBody"), text("patrol.col.organization"), text("patrol.col.tier"),
                        text("patrol.col.requirement"), text("patrol.col.required"), text("patrol.col.done"),
                        text("patrol.col.gapCount"), text("patrol.col.gaps")), WIDTHS)) {
            for (Coverage.Line line : lines) {
                sheet.row(line.body().name(), line.body().organizationName(), text(line.body().tier().messageKey()),
                        requirement(line.perWeek()), line.required(), line.done(), line.gaps().size(), gaps(line));
            }
        }
    }

    String requirement(int perWeek) {
        return perWeek >= Season.DAILY ? text("patrol.requirement.daily") : text("patrol.requirement.weekly", perWeek);
    }

    private String gaps(Coverage.Line line) {
        return line.gaps().stream()
                .map(gap -> gap.from().equals(gap.to()) ? gap.from().toString()
                        : text("patrol.gap.week", gap.from(), gap.to(), gap.done(), gap.required()))
                .collect(Collectors.joining("；"));
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
