package com.carenext.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.ui.Model;

/**
 * What a picker's search (templates/organization/picker.html) sends, read the same way for every picker: the field's
 * name (echoed into the page, so only a plain name), the ids now chosen (sent as the field itself: its select or its
 * checked boxes), the message key of the empty choice, the text typed, and whether it answers checkboxes
 * ({@code multiple}) and may be left empty ({@code required}).
 */
public record PickerRequest(String field, List<Long> sent, String empty, String text, boolean multiple,
                            boolean required) {

    /** How many matches a picker lists; more are announced ("只列出前 20 个"), so the user types more. */
    public static final int LIMIT = 20;

    /** Reads the request; a name or key that is not plain falls back to the picker's own default. */
    public static PickerRequest of(HttpServletRequest request, String field, String defaultField, String empty,
                                   String defaultEmpty) {
        String name = field.matches("[A-Za-z][A-Za-z0-9_]{0,40}") ? field : defaultField;
        String[] values = request.getParameterValues(name);
        List<Long> sent = Arrays.stream(values == null ? new String[0] : values)
                .filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf).toList();
        String q = request.getParameter("q");
        return new PickerRequest(name, sent, empty.matches("[a-z][A-Za-z.]{0,60}") ? empty : defaultEmpty,
                q == null ? "" : q, "true".equals(request.getParameter("multiple")),
                "true".equals(request.getParameter("required")));
    }

    /**
     * Reads the whole request of a picker's search: {@code q}, {@code field} (default {@code defaultField}),
     * {@code multiple}, {@code required}, {@code empty} (default {@code defaultEmpty}) and the ids sent as the field.
     */
    public static PickerRequest of(HttpServletRequest request, String defaultField, String defaultEmpty) {
        String field = request.getParameter("field");
        String empty = request.getParameter("empty");
        return of(request, field == null ? defaultField : field, defaultField, empty == null ? defaultEmpty : empty,
                defaultEmpty);
    }

    /**
     * One choice of a picker that is not an organization (a material, a correspondent, a plan, a village of the
     * sign-up page): {@code name} as it shows once chosen, {@code label} in the search's answer. Public, so that the
     * template's compiled expressions may call its accessors.
     */
    public record Item(long id, String name, String label, boolean active) {

        public Item(long id, String name, String label) {
            this(id, name, label, true);
        }
    }

    /**
     * Fills the model for the picker's answer (templates/organization/picker.html, options or checks) and names the
     * fragment: the chosen items first, then up to {@code limit} of {@code found} that are not chosen; "more" when
     * {@code found} held more (the caller fetches {@code limit + chosen + 1}), so nothing is cut silently.
     */
    public String answer(Model model, List<Item> chosen, List<Item> found, int limit, String foundKey) {
        Set<Long> chosenIds = chosen.stream().map(Item::id).collect(Collectors.toSet());
        List<Item> unchosen = found.stream().filter(item -> !chosenIds.contains(item.id())).toList();
        model.addAttribute("chosen", chosen);
        model.addAttribute("matches", unchosen.stream().limit(limit).toList());
        model.addAttribute("more", unchosen.size() > limit);
        model.addAttribute("field", field);
        model.addAttribute("required", required);
        model.addAttribute("empty", empty);
        model.addAttribute("foundKey", foundKey);
        return multiple ? "organization/picker :: checks" : "organization/picker :: options";
    }
}
