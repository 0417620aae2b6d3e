package com.carenext.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered heading line of an official document. Ranks follow the national convention for 公文 levels:
 * 1 = 一、  2 = （一）  3 = 1. or 1、  4 = （1） or ①.
 *
 * @param rank    1..4
 * @param numeral the bare numeral ("一", "1")
 * @param display the marker in normalised form ("一", "（一）", "1", "（1）")
 * @param rest    the text after the marker
 * @param line    the whole line as written
 */
record Heading(int rank, String numeral, String display, String rest, String line) {

    private static final Pattern LEVEL_1 = Pattern.compile("([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*(.*)");
    private static final Pattern LEVEL_2 = Pattern.compile("[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*[、.．]?\\s*(.*)");
    private static final Pattern LEVEL_3 = Pattern.compile("(\\d{1,3})\\s*[、.．](?!\\d)\\s*(.*)");
    private static final Pattern LEVEL_4 = Pattern.compile("(?:[（(]\\s*(\\d{1,3})\\s*[）)]|(\\d{1,3})[）)])\\s*[、.．]?\\s*(.*)");
    private static final int MAX_LINE = 100_000;

    /** The heading a line starts with, or {@code null} for an ordinary line. */
    static Heading classify(String line) {
        if (line == null || line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        Matcher m = LEVEL_1.matcher(line);
        if (m.matches() && ChineseNumerals.parse(m.group(1)) > 0) {
            return new Heading(1, m.group(1), m.group(1), m.group(2).strip(), line);
        }
        m = LEVEL_2.matcher(line);
        if (m.matches() && ChineseNumerals.parse(m.group(1)) > 0) {
            return new Heading(2, m.group(1), "（" + m.group(1) + "）", m.group(2).strip(), line);
        }
        m = LEVEL_3.matcher(line);
        if (m.matches()) {
            return new Heading(3, m.group(1), m.group(1), m.group(2).strip(), line);
        }
        m = LEVEL_4.matcher(line);
        if (m.matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return new Heading(4, n, "（" + n + "）", m.group(3).strip(), line);
        }
        char c = line.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') {
            String n = Integer.toString(c - '\u2460' + 1);
            return new Heading(4, n, "（" + n + "）", line.substring(1).strip(), line);
        }
        return null;
    }
}
