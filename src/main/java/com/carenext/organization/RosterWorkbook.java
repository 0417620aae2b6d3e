package com.carenext.organization;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.SpreadsheetReader;
import com.carenext.shared.SpreadsheetWriter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The roster as an .xlsx: the export, the import template, and the import that names every bad row. */
@Component
class RosterWorkbook {

    static final int MAX_ROWS = 500;
    private static final int HEADER_ROWS = 2;
    private static final String[] HEADER_KEYS = {"roster.col.no", "roster.col.name", "roster.col.gender",
            "roster.col.post", "roster.col.position", "roster.col.phone", "roster.col.termStart",
            "roster.col.termEnd", "roster.col.note"};
    private static final int[] WIDTHS = {6, 12, 6, 14, 30, 16, 14, 14, 24};

    private final MessageSource messages;
    private final Validator validator;

    RosterWorkbook(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /** A row the import could not take, with its row number as Excel shows it. */
    record Problem(int row, String reason) {
    }

    /** The outcome of reading an upload: drafts for the good rows, and every problem found. */
    record Reading(List<MemberDraft> drafts, List<Problem> problems) {
    }

    void export(String organizationName, List<MemberView> roster, OutputStream out) throws IOException {
        try (var sheet = new SpreadsheetWriter(out, text("roster.sheet"), text("roster.title", organizationName),
                headers(), WIDTHS)) {
            int no = 1;
            for (MemberView member : roster) {
                sheet.row(no++, member.name(), member.gender(), text(member.post().messageKey()), member.position(),
                        member.maskedPhone(), member.termStart(), member.termEnd(), member.note());
            }
        }
    }

    void template(String organizationName, OutputStream out) throws IOException {
        try (var sheet = new SpreadsheetWriter(out, text("roster.sheet"), text("roster.title", organizationName),
                headers(), WIDTHS)) {
            sheet.row(1, "张三", "男", text(CommitteePost.MEMBER.messageKey()), text("roster.example.position"),
                    "13800000000", "2023-04-05", "", "");
        }
    }

    Reading read(InputStream in) {
        List<MemberDraft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        SpreadsheetReader.read(in, HEADER_ROWS, MAX_ROWS, row -> {
            try {
                MemberDraft draft = new MemberDraft(row.text(1), emptyToNull(row.text(2)), post(row.text(3)),
                        row.text(4), row.text(5), date(row.text(6), "roster.col.termStart"),
                        date(row.text(7), "roster.col.termEnd"), drafts.size() + problems.size(), row.text(8), null);
                var violations = validator.validate(draft);
                if (violations.isEmpty()) {
                    drafts.add(draft);
                } else {
                    problems.add(new Problem(row.number(), describe(violations)));
                }
            } catch (BusinessRuleException e) {
                problems.add(new Problem(row.number(), messages.getMessage(e.messageKey(), e.arguments(), locale())));
            }
        });
        if (drafts.isEmpty() && problems.isEmpty()) {
            throw new BusinessRuleException("import.empty");
        }
        return new Reading(drafts, problems);
    }

    private CommitteePost post(String label) {
        String wanted = label.replaceAll("\\s+", "");
        return Arrays.stream(CommitteePost.values())
                .filter(post -> text(post.messageKey()).equals(wanted) || post.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("roster.import.badPost", label));
    }

    private LocalDate date(String text, String columnKey) {
        try {
            return SpreadsheetReader.date(text);
        } catch (java.time.DateTimeException e) {
            throw new BusinessRuleException("import.badDate", text(columnKey), text);
        }
    }

    private String describe(java.util.Set<ConstraintViolation<MemberDraft>> violations) {
        return violations.stream()
                .map(v -> fieldLabel(v.getPropertyPath().toString()) + v.getMessage())
                .sorted()
                .reduce((a, b) -> a + "；" + b).orElse("");
    }

    private String fieldLabel(String property) {
        return switch (property) {
            case "name" -> text("roster.col.name") + "：";
            case "post" -> text("roster.col.post") + "：";
            case "phone" -> text("roster.col.phone") + "：";
            case "termStart" -> text("roster.col.termStart") + "：";
            case "gender" -> text("roster.col.gender") + "：";
            default -> "";
        };
    }

    private List<String> headers() {
        return Arrays.stream(HEADER_KEYS).map(this::text).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
