package com.carenext.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns raw text into clean lines and joins lines back into paragraphs.
 *
 * <p>Text copied out of Word arrives with BOMs, NBSPs, full-width spaces, tabs, CRLF and converter markup such as
 * {@code [bookmark: _GoBack]}; all of that is cleaned here so the rest of the parser sees plain trimmed lines.
 */
final class TextLines {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]{0,200}]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +(?=[，。、；：！？）》”])");
    /** A line ending in one of these was broken mid-sentence: the next line continues it. */
    private static final String OPEN_ENDINGS = "，、“（《,(";
    /** A line of at least this length ending in a plain character is taken as hard-wrapped. */
    private static final int WRAPPED_LINE_LENGTH = 20;

    private TextLines() {
    }

    /** Splits into trimmed lines (blank lines kept as ""), with invisible characters and markup removed. */
    static List<String> lines(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060') {
                continue;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                b.append('\n');
            } else if (c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        String cleaned = BOOKMARK.matcher(b).replaceAll("");
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = cleaned.indexOf('\n', start);
            String line = end < 0 ? cleaned.substring(start) : cleaned.substring(start, end);
            lines.add(SPACES.matcher(line).replaceAll(" ").strip());
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /**
     * Joins lines into paragraphs separated by "\n". A line broken mid-sentence (ending in a comma, or a long line
     * ending in a plain character) is glued to the next one; a blank line always separates paragraphs.
     */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        boolean blankSeen = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankSeen = true;
                continue;
            }
            if (previous == null) {
                out.append(line);
            } else if (!blankSeen && continues(previous)) {
                out.append(glue(previous, line)).append(line);
            } else {
                out.append('\n').append(line);
            }
            previous = line;
            blankSeen = false;
        }
        return tidy(out.toString());
    }

    /** Removes the stray space that Word conversions leave before full-width punctuation. */
    static String tidy(String s) {
        return SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** Removes all whitespace; used to compare titles and to clean names. */
    static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static boolean continues(String previous) {
        char last = previous.charAt(previous.length() - 1);
        if (OPEN_ENDINGS.indexOf(last) >= 0) {
            return true;
        }
        return previous.length() >= WRAPPED_LINE_LENGTH && Character.isLetterOrDigit(last);
    }

    private static String glue(String previous, String next) {
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        boolean latin = last < 128 && Character.isLetterOrDigit(last) && first < 128 && Character.isLetterOrDigit(first);
        return latin ? " " : "";
    }
}
