package com.carenext.publicity;

import com.carenext.shared.OfficialDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly 通报 as data: everything the on-screen page, the archived text and the .docx show. It depends only on
 * the month's data and rules, never on the clock, so generating it again from the same data gives the same text.
 */
public record BulletinContent(String month, String title, String documentNumber, String addressees,
                              String introduction, String rankingHeading, List<String> rankingHeaders,
                              List<List<String>> ranking, String missedHeading, String missed, String notableHeading,
                              List<String> notable, String closing, String issuer, LocalDate date) {

    /** The plain text of the 通报, line by line (table cells separated by tabs). */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(documentNumber);
        lines.add("");
        lines.add(addressees);
        lines.add(introduction);
        lines.add(rankingHeading);
        lines.add(String.join("\t", rankingHeaders));
        ranking.forEach(row -> lines.add(String.join("\t", row)));
        lines.add(missedHeading);
        lines.add(missed);
        lines.add(notableHeading);
        lines.addAll(notable);
        lines.add(closing);
        lines.add("");
        lines.add(issuer);
        lines.add(OfficialDocument.chineseDate(date));
        return String.join("\n", lines) + "\n";
    }

    /** The date as an official document writes it (2023年7月1日). */
    public String dateText() {
        return OfficialDocument.chineseDate(date);
    }

    /** The .docx in the layout of an official document. */
    public void writeDocx(java.io.OutputStream out) throws java.io.IOException {
        try (OfficialDocument document = new OfficialDocument()) {
            document.title(title).documentNumber(documentNumber).addressees(addressees).paragraph(introduction)
                    .heading(rankingHeading).table(rankingHeaders, ranking)
                    .heading(missedHeading).paragraph(missed)
                    .heading(notableHeading);
            notable.forEach(document::paragraph);
            document.paragraph(closing).signature(issuer, date);
            document.writeTo(out);
        }
    }
}
