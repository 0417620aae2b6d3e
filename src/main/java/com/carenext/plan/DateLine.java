package com.carenext.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is nothing but a date, the way official documents put it under the issuer:
 * 2023年4月5日, 2023-04-05, 2023.4.5, 2023/4/5, 二〇二三年四月五日, optionally in parentheses.
 */
final class DateLine {

    private static final Pattern ARABIC = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE =
            Pattern.compile("([〇○零Ｏ0O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,4})日");

    private DateLine() {
    }

    /** The date when the whole line is a date, else {@code null}. */
    static LocalDate parse(String line) {
        if (line == null || line.isEmpty() || line.length() > 40) {
            return null;
        }
        String s = stripBrackets(line.replaceAll("\\s+", ""));
        Matcher m = ARABIC.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = SEPARATED.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            return date(ChineseNumerals.parseDigits(m.group(1)), ChineseNumerals.parse(m.group(2)),
                    ChineseNumerals.parse(m.group(3)));
        }
        return null;
    }

    private static String stripBrackets(String s) {
        String t = s;
        while (t.length() >= 2 && "（(【[".indexOf(t.charAt(0)) >= 0 && "）)】]".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2200) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            // 2023年2月30日 and the like: not a date, the line stays text
            return null;
        }
    }
}
