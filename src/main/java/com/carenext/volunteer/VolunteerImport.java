package com.carenext.volunteer;

import com.carenext.organization.OrganizationSummary;
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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The registry import: a template, and a reader that streams the sheet (SAX, see {@link SpreadsheetReader}) and
 * names every bad row with its number and reason.
 */
@Component
class VolunteerImport {

    static final int MAX_ROWS = 10_000;
    private static final int HEADER_ROWS = 2;
    private static final String[] COLUMNS = {"volunteer.col.no", "volunteer.col.name", "volunteer.col.gender",
            "volunteer.col.ethnicity", "volunteer.col.birthDate", "volunteer.col.phone", "volunteer.col.idNumber",
            "volunteer.col.organization", "volunteer.col.partyMember", "volunteer.col.formerPost",
            "volunteer.col.categories", "volunteer.col.serviceRoles", "volunteer.col.specialties",
            "volunteer.col.fitForPatrol", "volunteer.col.healthSummary", "volunteer.col.joinedOn"};

    private final VolunteerWorkbook workbook;
    private final Validator validator;

    VolunteerImport(VolunteerWorkbook workbook, Validator validator) {
        this.workbook = workbook;
        this.validator = validator;
    }

    /** A row the import could not take, with its row number as Excel shows it. */
    record Problem(int row, String reason) {
    }

    record Reading(List<VolunteerDraft> drafts, List<Problem> problems) {
    }

    String templateName() {
        return workbook.text("volunteer.import.title");
    }

    void template(OutputStream out) throws IOException {
        try (var sheet = new SpreadsheetWriter(out, workbook.text("volunteer.sheet"), workbook.text("volunteer.import.title"),
                Arrays.stream(COLUMNS).map(workbook::text).toList(), VolunteerWorkbook.WIDTHS)) {
            sheet.row(1, "张三", "男", "蒙古族", "1950-05-06", "13800000000", "", workbook.text("volunteer.import.exampleOrg"),
                    workbook.text("volunteer.yes"), workbook.text("volunteer.import.examplePost"),
                    workbook.text(Category.VETERAN_CADRE.messageKey()) + "、" + workbook.text(Category.VETERAN_TEACHER.messageKey()),
                    workbook.text(ServiceRole.IDEOLOGY_LECTURER.messageKey()), "", workbook.text("volunteer.yes"), "",
                    "2020-03-01");
        }
    }

    Reading read(InputStream in, List<OrganizationSummary> organizations) {
        Map<String, Long> organizationIds = new HashMap<>();
        organizations.forEach(o -> organizationIds.putIfAbsent(o.name(), o.id()));
        Map<String, Category> categories = labels(Category.values(), Category::messageKey);
        Map<String, ServiceRole> roles = labels(ServiceRole.values(), ServiceRole::messageKey);
        List<VolunteerDraft> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        SpreadsheetReader.read(in, HEADER_ROWS, MAX_ROWS, row -> {
            try {
                Long organizationId = organizationIds.get(row.text(7));
                if (organizationId == null) {
                    throw new BusinessRuleException("volunteer.import.unknownOrganization", row.text(7));
                }
                VolunteerDraft draft = new VolunteerDraft(row.text(1), row.text(2), row.text(3),
                        date(row.text(4), "volunteer.col.birthDate"), row.text(5), row.text(6), organizationId,
                        yes(row.text(8)), row.text(9), set(row.text(10), categories, Category.class),
                        set(row.text(11), roles, ServiceRole.class), row.text(12), yes(row.text(13)), row.text(14),
                        date(row.text(15), "volunteer.col.joinedOn"), null, null);
                Set<ConstraintViolation<VolunteerDraft>> violations = validator.validate(draft);
                if (!violations.isEmpty()) {
                    problems.add(new Problem(row.number(), describe(violations)));
                } else if (!draft.idNumber().isBlank() && !numbers.add(IdentityNumber.normalize(draft.idNumber()))) {
                    problems.add(new Problem(row.number(), workbook.text("volunteer.import.idTwice")));
                } else {
                    drafts.add(draft);
                }
            } catch (BusinessRuleException e) {
                problems.add(new Problem(row.number(), workbook.text(e.messageKey(), e.arguments())));
            }
        });
        if (drafts.isEmpty() && problems.isEmpty()) {
            throw new BusinessRuleException("import.empty");
        }
        return new Reading(drafts, problems);
    }

    private <E extends Enum<E>> Set<E> set(String text, Map<String, E> byLabel, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : text.split("[、,，;；\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            E value = byLabel.get(part);
            if (value == null) {
                throw new BusinessRuleException("volunteer.import.unknownLabel", part);
            }
            values.add(value);
        }
        return values;
    }

    private <E extends Enum<E>> Map<String, E> labels(E[] values, Function<E, String> key) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(workbook.text(key.apply(value)), value);
            map.put(value.name(), value);
        }
        return map;
    }

    private boolean yes(String text) {
        return text.equals(workbook.text("volunteer.yes")) || text.equalsIgnoreCase("true") || text.equals("1");
    }

    private LocalDate date(String text, String columnKey) {
        try {
            return SpreadsheetReader.date(text);
        } catch (java.time.DateTimeException e) {
            throw new BusinessRuleException("import.badDate", workbook.text(columnKey), text);
        }
    }

    private String describe(Set<ConstraintViolation<VolunteerDraft>> violations) {
        return violations.stream()
                .map(v -> label(v.getPropertyPath().toString()) + v.getMessage())
                .sorted().reduce((a, b) -> a + "；" + b).orElse("");
    }

    private String label(String property) {
        return switch (property) {
            case "name", "gender", "birthDate", "phone", "idNumber", "categories" ->
                    workbook.text("volunteer.col." + property) + "：";
            default -> "";
        };
    }
}
