package com.carenext.volunteer;

import com.carenext.shared.OfficialDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The 志愿服务记录证明: a person's approved hours of a period, in the layout of an official certificate. */
@Component
class HoursCertificate {

    private final MessageSource messages;

    HoursCertificate(MessageSource messages) {
        this.messages = messages;
    }

    void write(VolunteerSummary volunteer, String organizationName, String issuer, LocalDate from, LocalDate to,
               List<HoursEntry> entries, LocalDate issuedOn, OutputStream out) throws IOException {
        BigDecimal total = entries.stream().map(HoursEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (OfficialDocument document = new OfficialDocument()) {
            document.title(text("certificate.title"))
                    .paragraph(text("certificate.body", volunteer.name(),
                            volunteer.maskedIdNumber() == null ? "" : text("certificate.idNumber", volunteer.maskedIdNumber()),
                            organizationName, OfficialDocument.chineseDate(from), OfficialDocument.chineseDate(to),
                            entries.size(), total.stripTrailingZeros().toPlainString()))
                    .table(List.of(text("certificate.col.no"), text("certificate.col.date"),
                                    text("certificate.col.description"), text("certificate.col.hours")),
                            java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> List.of(
                                    String.valueOf(i + 1), OfficialDocument.chineseDate(entries.get(i).servedOn()),
                                    entries.get(i).description(),
                                    entries.get(i).hours().stripTrailingZeros().toPlainString())).toList())
                    .paragraph(text("certificate.closing"))
                    .signature(issuer, issuedOn)
                    .writeTo(out);
        }
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
