package com.carenext.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits running text into enumerated items: 一是…二是…三是…, 一要…二要…, 第一，…第二，…, 首先，…其次，…（再次，）…最后，…,
 * and the Arabic forms written inline: 1.…2.… (also 1、 1．), （1）…（2）… (also half-width), ①…②….
 *
 * <p>An enumeration is only recognised when its first marker stands at a sentence or clause boundary and is
 * followed later by the second marker, so "统一是…" or a lone "第一书记" inside prose is not mistaken for a list.
 */
final class Enumeration {

    /** Characters after which a marker may start an item. */
    private static final String BOUNDARY = "。；;：:！？!?，,、）)”\"】";
    /** Characters that must follow a 第一/首先 marker (so that 第一书记 is not a marker). */
    private static final String MARKER_PUNCTUATION = "，,、：:";
    private static final String LEADING_PUNCTUATION = "，,、：:；; ";
    private static final int MAX_ITEMS = 99;

    /** One item: its marker ("一是", "第一", "首先") and its text without the marker. */
    record Item(String number, String text) {
    }

    /** The text before the first marker, and the items. */
    record Split(String leadIn, List<Item> items) {
    }

    private record Mark(int start, int end, String label) {
    }

    private enum Family {
        /** 一是, 二是, … */
        ORDINAL_SHI(false),
        /** 一要, 二要, … */
        ORDINAL_YAO(false),
        /** 1. 2. (or 1、 1．) */
        ARABIC(false),
        /** （1）（2） or (1)(2) */
        ARABIC_PAREN(false),
        /** ①②③ */
        CIRCLED(false),
        /** 第一，第二，… */
        ORDINAL_DI(true),
        /** 首先，其次，再次，最后 */
        SEQUENCE(true);

        private final boolean needsPunctuation;

        Family(boolean needsPunctuation) {
            this.needsPunctuation = needsPunctuation;
        }

        /** Markers that may come at position {@code k} (1-based) after {@code previous}. */
        List<String> candidates(int k, String previous) {
            return switch (this) {
                case ORDINAL_SHI -> List.of(ChineseNumerals.of(k) + "是");
                case ORDINAL_YAO -> List.of(ChineseNumerals.of(k) + "要");
                case ARABIC -> List.of(k + ".", k + "、", k + "．");
                case ARABIC_PAREN -> List.of("（" + k + "）", "(" + k + ")");
                case CIRCLED -> k <= 20 ? List.of(String.valueOf((char) ('\u2460' + k - 1))) : List.of();
                case ORDINAL_DI -> List.of("第" + ChineseNumerals.of(k));
                case SEQUENCE -> switch (k) {
                    case 1 -> List.of("首先");
                    case 2 -> List.of("其次");
                    case 3 -> List.of("再次", "最后");
                    case 4 -> "再次".equals(previous) ? List.of("最后") : List.of();
                    default -> List.of();
                };
            };
        }

        /** The marker in normalised form, as the item's number. */
        String label(String marker) {
            return switch (this) {
                case ARABIC -> marker.substring(0, marker.length() - 1);
                case ARABIC_PAREN -> "（" + marker.substring(1, marker.length() - 1) + "）";
                default -> marker;
            };
        }

        /** Whether the character after a marker is allowed (2.5 or 1、2、3 of a number are no markers). */
        boolean allows(String text, int end) {
            if (this == ARABIC) {
                return end < text.length() && !Character.isDigit(text.charAt(end))
                        && text.charAt(end) != '、' && text.charAt(end) != '.';
            }
            return !needsPunctuation || (end < text.length() && MARKER_PUNCTUATION.indexOf(text.charAt(end)) >= 0);
        }
    }

    private Enumeration() {
    }

    /** The enumeration that starts earliest in {@code text}, or {@code null} when there is none. */
    static Split split(String text) {
        List<Mark> best = earliest(text);
        if (best == null) {
            return null;
        }
        List<Item> items = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            Mark mark = best.get(i);
            int end = i + 1 < best.size() ? best.get(i + 1).start() : text.length();
            items.add(new Item(mark.label(), clean(text.substring(mark.end(), end))));
        }
        return new Split(TextLines.tidy(text.substring(0, best.get(0).start())), items);
    }

    /**
     * Where the items of a line start when the line itself opens an enumeration ("（1）…；（2）…"): the offsets of
     * its markers, the first being 0; an empty list when the line holds no such enumeration.
     */
    static List<Integer> inlineStarts(String line) {
        List<Mark> marks = earliest(line);
        if (marks == null || marks.get(0).start() != 0) {
            return List.of();
        }
        return marks.stream().map(Mark::start).toList();
    }

    private static List<Mark> earliest(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Mark> best = null;
        for (Family family : Family.values()) {
            List<Mark> marks = find(text, family);
            if (marks != null && (best == null || marks.get(0).start() < best.get(0).start())) {
                best = marks;
            }
        }
        return best;
    }

    private static List<Mark> find(String text, Family family) {
        // Only the first boundary 一是 needs trying: if no 二是 follows it, none follows a later one either.
        Mark first = next(text, family, family.candidates(1, ""), 0);
        if (first == null) {
            return null;
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(first);
        for (int k = 2; k <= MAX_ITEMS; k++) {
            Mark previous = marks.get(marks.size() - 1);
            Mark mark = next(text, family, family.candidates(k, previous.label()), previous.end());
            if (mark == null) {
                break;
            }
            marks.add(mark);
        }
        return marks.size() >= 2 ? marks : null;
    }

    /** The earliest boundary occurrence at or after {@code from} of any candidate marker. */
    private static Mark next(String text, Family family, List<String> candidates, int from) {
        Mark best = null;
        for (String marker : candidates) {
            int i = from;
            while (i <= text.length()) {
                int at = text.indexOf(marker, i);
                if (at < 0 || (best != null && at >= best.start())) {
                    break;
                }
                int end = at + marker.length();
                if (atBoundary(text, at) && family.allows(text, end)) {
                    best = new Mark(at, end, family.label(marker));
                    break;
                }
                i = at + 1;
            }
        }
        return best;
    }

    private static boolean atBoundary(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return Character.isWhitespace(before) || BOUNDARY.indexOf(before) >= 0;
    }

    private static String clean(String item) {
        int start = 0;
        while (start < item.length() && LEADING_PUNCTUATION.indexOf(item.charAt(start)) >= 0) {
            start++;
        }
        return TextLines.tidy(item.substring(start));
    }
}
