package com.carenext.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The heading tree of a plan body and its conversion into preamble, sections and tasks.
 *
 * <p>Headings nest by rank (第一部分 &gt; 一、 &gt; （一） &gt; 1. &gt; （1）), so a skipped level (一、 directly followed
 * by 1.) still nests correctly. Plain lines belong to the deepest open heading: text after the last item of a section
 * therefore continues that item rather than being lost or moved.
 *
 * <p>Sections are the highest level present; Arabic numbers (1. 2.) are sections when no Chinese level is there and
 * they read as headings (a short title followed by its own text or items), else they are the tasks of one section.
 * Leading sections that only frame the plan (一、指导思想, 二、工作目标) are not tasks: they join the preamble as written.
 */
final class Outline {

    /** Titles of the framing sections that open many plans; they hold no tasks. */
    private static final List<String> FRAMING = List.of("指导思想", "總體要求", "总体要求", "总体思路", "工作思路",
            "基本原则", "工作原则", "工作目标", "工作目標", "指導思想", "总体目标", "主要目标", "目标要求", "目的意义",
            "活动目的", "活动目标", "活动主题", "活动时间", "背景意义");
    private static final int MAX_FRAMING_TITLE = 14;

    /** Section titles end at the first full stop; text after it belongs to the section. */
    private static final int MAX_TITLE_BEFORE_COLON = 30;

    private static final class Node {
        private final Heading heading;
        private final List<String> lines = new ArrayList<>();
        private final List<Node> children = new ArrayList<>();

        private Node(Heading heading) {
            this.heading = heading;
        }

        private int rank() {
            return heading == null ? 0 : heading.rank();
        }
    }

    /** The converted body. */
    record Result(String preamble, List<ParsedSection> sections) {
    }

    private Outline() {
    }

    static Result convert(List<String> lines) {
        Node root = tree(lines);
        int sectionRank = sectionRank(root);
        if (sectionRank == 0) {
            ParsedSection only = section("", "", root.lines, root.children);
            boolean empty = only.body().isEmpty() && only.tasks().isEmpty();
            return new Result("", empty ? List.of() : List.of(only));
        }
        List<String> preamble = new ArrayList<>(root.lines);
        List<Node> sectionNodes = new ArrayList<>();
        for (Node child : root.children) {
            if (child.rank() == sectionRank) {
                sectionNodes.add(child);
            } else if (sectionNodes.isEmpty()) {
                flatten(child, preamble);
            } else {
                sectionNodes.get(sectionNodes.size() - 1).children.add(child);
            }
        }
        int framing = 0;
        while (framing < sectionNodes.size() && isFraming(sectionNodes.get(framing))) {
            framing++;
        }
        if (framing < sectionNodes.size()) {
            for (Node node : sectionNodes.subList(0, framing)) {
                flatten(node, preamble);
            }
            sectionNodes = sectionNodes.subList(framing, sectionNodes.size());
        }
        List<ParsedSection> sections = new ArrayList<>();
        for (Node node : sectionNodes) {
            sections.add(toSection(node));
        }
        return new Result(TextLines.join(preamble), sections);
    }

    /** A line "（1）…；（2）…" or "1.…；2.…" holds several items of its level: each becomes its own line. */
    private static List<String> inlineItems(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            Heading heading = Heading.classify(line);
            List<Integer> starts = heading != null && heading.rank() >= Heading.ARABIC
                    ? Enumeration.inlineStarts(line) : List.of();
            if (starts.size() < 2) {
                out.add(line);
                continue;
            }
            for (int i = 0; i < starts.size(); i++) {
                out.add(line.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : line.length()).strip());
            }
        }
        return out;
    }

    private static Node tree(List<String> lines) {
        Node root = new Node(null);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (String line : inlineItems(lines)) {
            Heading heading = Heading.classify(line);
            if (heading == null) {
                open.peek().lines.add(line);
                continue;
            }
            while (open.size() > 1 && open.peek().rank() >= heading.rank()) {
                open.pop();
            }
            Node node = new Node(heading);
            open.peek().children.add(node);
            open.push(node);
        }
        return root;
    }

    /**
     * Sections are the highest level among the top headings: 第一部分, else 一、, else （一）; Arabic 1. only when
     * they read as headings. 0 when the plan has no sections.
     */
    private static int sectionRank(Node root) {
        int best = 0;
        for (Node child : root.children) {
            if (child.rank() <= Heading.CHINESE_PAREN && (best == 0 || child.rank() < best)) {
                best = child.rank();
            }
        }
        if (best == 0 && arabicSections(root)) {
            return Heading.ARABIC;
        }
        return best;
    }

    /** Top-level 1. 2. are sections when one of them has deeper items, or each is a short title with its own text. */
    private static boolean arabicSections(Node root) {
        List<Node> arabic = root.children.stream().filter(child -> child.rank() == Heading.ARABIC).toList();
        if (arabic.size() < 2) {
            return false;
        }
        if (arabic.stream().anyMatch(node -> !node.children.isEmpty())) {
            return true;
        }
        return arabic.stream().allMatch(node -> !node.lines.stream().allMatch(String::isEmpty)
                && node.heading.rest().length() <= MAX_TITLE_BEFORE_COLON && looksLikeTitle(node.heading.rest()));
    }

    private static boolean isFraming(Node node) {
        String rest = node.heading.rest();
        int stop = titleEnd(rest);
        String title = TextLines.compact(stop >= 0 ? rest.substring(0, stop) : rest);
        return title.length() <= MAX_FRAMING_TITLE && FRAMING.stream().anyMatch(title::contains);
    }

    private static ParsedSection toSection(Node node) {
        String rest = node.heading.rest();
        String title = rest;
        List<String> lines = new ArrayList<>();
        int stop = titleEnd(rest);
        if (stop >= 0) {
            title = rest.substring(0, stop).strip();
            String remainder = rest.substring(stop + 1).strip();
            if (!remainder.isEmpty()) {
                lines.add(remainder);
            }
        }
        lines.addAll(node.lines);
        return section(node.heading.numeral(), TextLines.tidy(title), lines, node.children);
    }

    /** Where a heading's title ends: at 。, or at ： when a short title is followed by text. */
    private static int titleEnd(String rest) {
        int stop = rest.indexOf('。');
        int colon = Math.max(rest.indexOf('：'), rest.indexOf(':'));
        if (colon > 0 && colon <= MAX_TITLE_BEFORE_COLON && colon < rest.length() - 1 && (stop < 0 || colon < stop)) {
            return colon;
        }
        return stop;
    }

    private static ParsedSection section(String number, String title, List<String> lines, List<Node> children) {
        String text = TextLines.join(lines);
        if (!children.isEmpty()) {
            return new ParsedSection(number, title, text, tasks(children));
        }
        Enumeration.Split split = Enumeration.split(text);
        if (split != null) {
            return new ParsedSection(number, title, split.leadIn(), items(split));
        }
        return new ParsedSection(number, title, "", text.isEmpty() ? List.of() : List.of(new ParsedTask("", text, List.of())));
    }

    private static List<ParsedTask> tasks(List<Node> nodes) {
        List<ParsedTask> tasks = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            tasks.add(toTask(node));
        }
        return tasks;
    }

    private static ParsedTask toTask(Node node) {
        String rest = node.heading.rest();
        String text;
        if (!rest.isEmpty() && !node.lines.isEmpty() && looksLikeTitle(rest)) {
            // a short heading such as "（一）加强学习" is its own paragraph, not the start of a wrapped sentence
            text = TextLines.tidy(rest + "\n" + TextLines.join(node.lines));
        } else {
            List<String> lines = new ArrayList<>();
            lines.add(rest);
            lines.addAll(node.lines);
            text = TextLines.join(lines);
        }
        if (!node.children.isEmpty()) {
            return new ParsedTask(node.heading.display(), text, tasks(node.children));
        }
        Enumeration.Split split = Enumeration.split(text);
        if (split != null) {
            return new ParsedTask(node.heading.display(), split.leadIn(), items(split));
        }
        return new ParsedTask(node.heading.display(), text, List.of());
    }

    private static List<ParsedTask> items(Enumeration.Split split) {
        List<ParsedTask> items = new ArrayList<>(split.items().size());
        for (Enumeration.Item item : split.items()) {
            items.add(new ParsedTask(item.number(), item.text(), List.of()));
        }
        return items;
    }

    private static boolean looksLikeTitle(String s) {
        return s.chars().noneMatch(c -> "，。；：,;:！？!?、".indexOf(c) >= 0);
    }

    /** Puts a subtree back into plain lines (for headings that precede the first section). */
    private static void flatten(Node node, List<String> out) {
        out.add(node.heading.line());
        out.addAll(node.lines);
        for (Node child : node.children) {
            flatten(child, out);
        }
    }
}
