package com.carenext.scorecard;

import com.carenext.shared.Actor;
import com.carenext.shared.SpreadsheetWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;

/** The ranking as .xlsx: one row per unit with its score and the criteria it misses (text cells, never formulas). */
@Component
class ScorecardWorkbook {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ScorecardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(Actor actor, int year, List<Scorecard> cards, HttpServletResponse response) throws IOException {
        String title = text("scorecard.export.title", actor.organizationName(), String.valueOf(year));
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(title + ".xlsx", StandardCharsets.UTF_8).build().toString());
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(response.getOutputStream(),
                text("scorecard.export.sheet"), title,
                List.of(text("scorecard.col.rank"), text("scorecard.col.unit"), text("scorecard.col.level"),
                        text("scorecard.col.score"), text("scorecard.col.max"), text("scorecard.col.percent"),
                        text("scorecard.col.met"), text("scorecard.col.missing")),
                new int[]{6, 28, 14, 8, 8, 8, 10, 80})) {
            for (Scorecard card : cards) {
                long met = card.lines().stream().filter(ScorecardLine::met).count();
                sheet.row(card.rank(), card.organizationName(), text(card.level().messageKey()), card.score(),
                        card.maxScore(), card.percent(), met + "/" + card.lines().size(),
                        String.join("；", card.missing()));
            }
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
