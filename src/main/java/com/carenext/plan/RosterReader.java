package com.carenext.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a committee roster attachment:
 * <pre>
 * 附件：
 * 乌审召镇关工委组成成员
 * 主    任：宝音图（党委副书记）
 * 副 主 任：道格通毕力格（关心下一代工作干事）
 *           郝和平（“五老”人员）
 * </pre>
 * A line without a post label continues the previous post. A roster kept as a table (one row per member:
 * post, name, position) is read too. Lines it cannot read are handed back untouched.
 */
final class RosterReader {

    private static final Pattern ATTACHMENT = Pattern.compile("附件\\s*\\d*\\s*(?:[：:]\\s*(.*))?");
    private static final Pattern LABELLED = Pattern.compile("([\\p{IsHan} ]{1,15}?)\\s*[：:]\\s*(.*)");
    /** Post labels (spaces removed) to post codes. 组长/副组长 are the same posts in a 领导小组. */
    private static final Map<String, String> POSTS = Map.ofEntries(
            Map.entry("主任", "DIRECTOR"),
            Map.entry("组长", "DIRECTOR"),
            Map.entry("常务副主任", "EXECUTIVE_DEPUTY"),
            Map.entry("副主任", "DEPUTY_DIRECTOR"),
            Map.entry("副组长", "DEPUTY_DIRECTOR"),
            Map.entry("秘书长", "SECRETARY_GENERAL"),
            Map.entry("成员", "MEMBER"),
            Map.entry("委员", "MEMBER"),
            Map.entry("组员", "MEMBER"));
    private static final int MAX_TITLE = 40;
    private static final int MAX_NAME = 20;
    private static final int MAX_ROSTER_LINE = 200;

    /** Entries read, the lines that were not roster lines (in order) and the attachment's heading lines. */
    record Result(List<ParsedRosterEntry> entries, List<String> leftover, List<String> headings) {
    }

    private RosterReader() {
    }

    /** Whether {@code line} opens an attachment ("附件", "附件：", "附件1：…"). */
    static boolean isAttachmentLine(String line) {
        return line.startsWith("附件") && line.length() <= MAX_TITLE * 2 && ATTACHMENT.matcher(line).matches();
    }

    /**
     * Reads the attachment starting at {@code lines.get(0)}. When no roster line is found the result has no entries
     * and every line as leftover, so the caller can keep the text.
     */
    static Result read(List<String> lines) {
        List<ParsedRosterEntry> entries = new ArrayList<>();
        List<String> leftover = new ArrayList<>();
        List<String> beforeRoster = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String post = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            String labelled = post(line);
            List<ParsedRosterEntry> row = labelled == null ? tableRow(line) : null;
            if (row != null) {
                if (post == null) {
                    keepUntitled(beforeRoster, leftover, headings);
                }
                post = row.get(0).post();
                entries.addAll(row);
            } else if (labelled != null) {
                if (post == null) {
                    keepUntitled(beforeRoster, leftover, headings);
                }
                post = labelled;
                List<ParsedRosterEntry> read = entries(post, value(line));
                if (read == null) {
                    leftover.add(line);
                } else {
                    entries.addAll(read);
                }
            } else if (post == null) {
                beforeRoster.add(line);
            } else {
                List<ParsedRosterEntry> read = line.length() <= MAX_ROSTER_LINE ? entries(post, line) : null;
                if (read == null || read.isEmpty()) {
                    leftover.add(line);
                } else {
                    entries.addAll(read);
                }
            }
        }
        if (entries.isEmpty()) {
            return new Result(List.of(), List.copyOf(lines), List.of());
        }
        return new Result(entries, leftover, headings);
    }

    /**
     * Lines between "附件" and the first roster line are the attachment's heading (附件：, 乌审召镇关工委组成成员) and
     * go to {@code headings}; anything longer than a heading is kept as leftover text.
     */
    private static void keepUntitled(List<String> beforeRoster, List<String> leftover, List<String> headings) {
        for (String line : beforeRoster) {
            boolean heading = isAttachmentLine(line)
                    || (line.length() <= MAX_TITLE && line.indexOf('。') < 0 && Heading.classify(line) == null);
            (heading ? headings : leftover).add(line);
        }
        beforeRoster.clear();
    }

    /** The post code of a "主    任：…" line, or {@code null} when the line has no known post label. */
    private static String post(String line) {
        if (line.length() > MAX_ROSTER_LINE) {
            return null;
        }
        Matcher m = LABELLED.matcher(line);
        return m.matches() ? POSTS.get(TextLines.compact(m.group(1))) : null;
    }

    /**
     * A roster kept as a Word table arrives as one line per row with the cells separated by spaces:
     * "主任 宝音图 党委副书记" or "主 任 宝音图 党委副书记". Returns {@code null} for anything else.
     */
    private static List<ParsedRosterEntry> tableRow(String line) {
        if (line.length() > MAX_ROSTER_LINE || line.indexOf('：') >= 0 || line.indexOf(':') >= 0) {
            return null;
        }
        String[] cells = line.split(" ");
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < cells.length - 1 && i < 3; i++) {
            label.append(cells[i]);
            String post = POSTS.get(label.toString());
            if (post != null) {
                String name = cells[i + 1];
                String position = String.join(" ", Arrays.copyOfRange(cells, i + 2, cells.length));
                if (name.length() > MAX_NAME || !TextLines.hasHan(name) || name.indexOf('。') >= 0) {
                    return null;
                }
                return List.of(new ParsedRosterEntry(post, name, position));
            }
        }
        return null;
    }

    private static String value(String line) {
        Matcher m = LABELLED.matcher(line);
        return m.matches() ? m.group(2) : "";
    }

    /**
     * Reads "李  林（查汗淖学校校长）、刘存艳（…）" into entries; positions may nest parentheses (嘎查（村）书记).
     * Returns {@code null} when the text does not look like names.
     */
    private static List<ParsedRosterEntry> entries(String post, String value) {
        List<ParsedRosterEntry> result = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '（' || c == '(') {
                int close = closing(value, i);
                String position = value.substring(i + 1, close < 0 ? value.length() : close).strip();
                if (!add(result, post, name, position)) {
                    return null;
                }
                i = close < 0 ? value.length() : close + 1;
            } else if ("、，,；;".indexOf(c) >= 0) {
                if (!name.toString().isBlank() && !add(result, post, name, "")) {
                    return null;
                }
                i++;
            } else {
                name.append(c);
                i++;
            }
        }
        if (!name.toString().isBlank() && !add(result, post, name, "")) {
            return null;
        }
        return result;
    }

    private static boolean add(List<ParsedRosterEntry> result, String post, StringBuilder name, String position) {
        String cleaned = TextLines.compact(name.toString());
        name.setLength(0);
        if (cleaned.isEmpty() || cleaned.length() > MAX_NAME || !TextLines.hasHan(cleaned)
                || cleaned.indexOf('。') >= 0 || cleaned.indexOf('：') >= 0) {
            return false;
        }
        result.add(new ParsedRosterEntry(post, cleaned, position));
        return true;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
