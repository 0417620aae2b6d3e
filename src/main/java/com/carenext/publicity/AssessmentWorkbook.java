package com.carenext.publicity;

import com.carenext.shared.SpreadsheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The year-end assessment as .xlsx: organizations with their totals and the lists, then correspondents. */
@Component
class AssessmentWorkbook {

    private final MessageSource messages;

    AssessmentWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(YearAssessment year, String office, OutputStream out) throws IOException {
        List<String> headers = List.of(text("publicity.col.rank"), text("publicity.col.organization"),
                text("publicity.col.submitted"), text("publicity.col.adopted"), text("publicity.level.NATIONAL"),
                text("publicity.level.REGION"), text("publicity.level.CITY"), text("publicity.level.BANNER"),
                text("publicity.level.TOWN"), text("publicity.col.earned"), text("publicity.col.penalty"),
                text("publicity.col.points"), text("publicity.col.missedMonths"), text("publicity.col.outcome"));
        try (SpreadsheetWriter sheet = new SpreadsheetWriter(out, text("publicity.assessment.sheet"),
                text("publicity.assessment.fileTitle", office, String.valueOf(year.year())), headers,
                new int[]{6, 28, 10, 10, 8, 8, 8, 8, 8, 10, 10, 10, 10, 14})) {
            Function<OrganizationYear, String> outcome = row -> year.commended().contains(row)
                    ? text("publicity.assessment.commended")
                    : year.criticized().contains(row) ? text("publicity.assessment.criticized") : "";
            for (OrganizationYear row : year.organizations()) {
                var levels = row.adoptedByLevel();
                sheet.row(row.rank(), row.organizationName(), row.submitted(), row.adopted(),
                        levels.get(OutletLevel.NATIONAL), levels.get(OutletLevel.REGION), levels.get(OutletLevel.CITY),
                        levels.get(OutletLevel.BANNER), levels.get(OutletLevel.TOWN), row.earned(), row.penalty(),
                        row.points(), row.missedMonths(), outcome.apply(row));
            }
            if (!year.correspondents().isEmpty()) {
                sheet.row();
                sheet.row(text("publicity.col.rank"), text("publicity.col.correspondent"),
                        text("publicity.col.submitted"), text("publicity.col.adopted"), "", "", "", "", "", "", "",
                        text("publicity.col.points"), text("publicity.col.organization"), text("publicity.col.outcome"));
                for (CorrespondentScore row : year.correspondents()) {
                    sheet.row(row.rank(), row.name(), row.submitted(), row.adopted(), "", "", "", "", "", "", "",
                            row.points(), row.organizationName(), year.commendedCorrespondents().contains(row)
                                    ? text("publicity.assessment.commendedCorrespondent") : "");
                }
            }
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
