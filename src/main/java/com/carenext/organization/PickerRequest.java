package com.carenext.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * What a picker's search (templates/organization/picker.html) sends, read the same way for every picker: the field's
 * name (echoed into the page, so only a plain name), the ids now chosen (sent as the field itself: its select or its
 * checked boxes), and the message key of the empty choice.
 */
public record PickerRequest(String field, List<Long> sent, String empty) {

    /** Reads the request; a name or key that is not plain falls back to the picker's own default. */
    public static PickerRequest of(HttpServletRequest request, String field, String defaultField, String empty,
                                   String defaultEmpty) {
        String name = field.matches("[A-Za-z][A-Za-z0-9_]{0,40}") ? field : defaultField;
        String[] values = request.getParameterValues(name);
        List<Long> sent = Arrays.stream(values == null ? new String[0] : values)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).toList();
        return new PickerRequest(name, sent, empty.matches("[a-z][A-Za-z.]{0,60}") ? empty : defaultEmpty);
    }
}
