package com.carenext.plan;

/**
 * Chinese numerals as used in plan numbering and dates: 一…九十九 (also 廿/卅 in days) and digit-by-digit years
 * such as 二〇二三; the financial forms 壹贰叁…拾 (also traditional 貳參陸) read as their plain digits.
 */
final class ChineseNumerals {

    private static final String DIGITS = "一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** The financial (大写) and traditional digit forms, and the plain digit each stands for. */
    private static final String UPPER = "壹贰貳叁參叄肆伍陆陸柒捌玖拾";
    private static final String PLAIN = "一二二三三三四五六六七八九十";

    /** The value of one digit character, 0 for the zero forms, -1 when {@code c} is not a digit. */
    static int digit(char c) {
        int upper = UPPER.indexOf(c);
        if (upper >= 0 && c != '拾') {
            return DIGITS.indexOf(PLAIN.charAt(upper)) + 1;
        }
        if (c == '〇' || c == '○' || c == '零' || c == 'Ｏ' || c == '0' || c == 'O') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c) + 1 == 0 ? -1 : DIGITS.indexOf(c) + 1;
    }

    /** Parses 一…九十九 (十, 十二, 二十, 二十三, 廿五, 卅一); returns -1 for anything else. */
    static int parse(String s) {
        if (s == null || s.isEmpty() || s.length() > 4) {
            return -1;
        }
        String t = s.replace("廿", "二十").replace("卅", "三十").replace('拾', '十');
        int ten = t.indexOf('十');
        if (ten < 0) {
            int d = t.length() == 1 ? digit(t.charAt(0)) : -1;
            return d > 0 ? d : -1;
        }
        if (t.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return -1;
        }
        int tens = ten == 0 ? 1 : digit(t.charAt(0));
        if (tens <= 0) {
            return -1;
        }
        String rest = t.substring(ten + 1);
        if (rest.length() > 1) {
            return -1;
        }
        int ones = rest.isEmpty() ? 0 : digit(rest.charAt(0));
        return ones < 0 ? -1 : tens * 10 + ones;
    }

    /** Parses a year written digit by digit (二〇二三); returns -1 when a character is not a digit. */
    static int parseDigits(String s) {
        if (s == null || s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Writes 1…99 as 一…九十九 (the form used in 一是/第一 markers); other values as Arabic digits. */
    static String of(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n - 1));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10 - 1) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10 - 1);
    }
}
