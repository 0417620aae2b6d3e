package com.carenext.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered heading line of an official document. Ranks follow the national convention for 公文 levels, with a
 * part above them: 1 = 第一部分 / 第一章  2 = 一、  3 = （一）  4 = 1. or 1、  5 = （1） or ①.
 *
 * <p>Numerals may be written in the financial (大写) forms 壹贰叁 and in traditional characters (貳 參 陸), as
 * plans from Hong Kong, Taiwan or older templates do; full- and half-width punctuation are alike.
 *
 * @param rank    1..5
 * @param numeral the bare numeral ("一", "1"), or the whole marker of a part ("第一部分")
 * @param display the marker in normalised form ("一", "（一）", "1", "（1）", "第一部分")
 * @param rest    the text after the marker
 * @param line    the whole line as written
 */
record Heading(int rank, String numeral, String display, String rest, String line) {

    static final int PART = 1;
    static final int CHINESE = 2;
    static final int CHINESE_PAREN = 3;
    static final int ARABIC = 4;
    static final int ARABIC_PAREN = 5;

    private static final String NUMERAL = "[一二三四五六七八九十壹贰貳叁參叄肆伍陆陸柒捌玖拾]";
    private static final Pattern LEVEL_0 = Pattern.compile(
            "(第\\s*(?:" + NUMERAL + "{1,3}|\\d{1,2})\\s*(?:部分|章|篇|板块|編|编))\\s*[、.．：:，,]?\\s*(.*)");
    private static final Pattern LEVEL_1 = Pattern.compile("(" + NUMERAL + "{1,3})\\s*[、.．]\\s*(.*)");
    private static final Pattern LEVEL_2 =
            Pattern.compile("[（(]\\s*(" + NUMERAL + "{1,3})\\s*[）)]\\s*[、.．]?\\s*(.*)");
    private static final Pattern LEVEL_3 = Pattern.compile("(\\d{1,3})\\s*[、.．](?!\\d)\\s*(.*)");
    private static final Pattern LEVEL_4 = Pattern.compile("(?:[（(]\\s*(\\d{1,3})\\s*[）)]|(\\d{1,3})[）)])\\s*[、.．]?\\s*(.*)");
    private static final int MAX_LINE = 100_000;

    /** The heading a line starts with, or {@code null} for an ordinary line. */
    static Heading classify(String line) {
        if (line == null || line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        Matcher m = LEVEL_0.matcher(line);
        if (m.matches()) {
            String marker = TextLines.compact(m.group(1));
            return new Heading(PART, marker, marker, m.group(2).strip(), line);
        }
        m = LEVEL_1.matcher(line);
        if (m.matches() && ChineseNumerals.parse(m.group(1)) > 0) {
            return new Heading(CHINESE, m.group(1), m.group(1), m.group(2).strip(), line);
        }
        m = LEVEL_2.matcher(line);
        if (m.matches() && ChineseNumerals.parse(m.group(1)) > 0) {
            return new Heading(CHINESE_PAREN, m.group(1), "（" + m.group(1) + "）", m.group(2).strip(), line);
        }
        m = LEVEL_3.matcher(line);
        if (m.matches()) {
            return new Heading(ARABIC, m.group(1), m.group(1), m.group(2).strip(), line);
        }
        m = LEVEL_4.matcher(line);
        if (m.matches()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            return new Heading(ARABIC_PAREN, n, "（" + n + "）", m.group(3).strip(), line);
        }
        char c = line.charAt(0);
        if (c >= '\u2460' && c <= '\u2473') {
            String n = Integer.toString(c - '\u2460' + 1);
            return new Heading(ARABIC_PAREN, n, "（" + n + "）", line.substring(1).strip(), line);
        }
        return null;
    }
}
