package com.carenext.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The heading tree of a plan body and its conversion into preamble, sections and tasks.
 *
 * <p>Headings nest by rank (一、 &gt; （一） &gt; 1. &gt; （1）), so a skipped level (一、 directly followed by 1.) still
 * nests correctly. Plain lines belong to the deepest open heading: text after the last item of a section therefore
 * continues that item rather than being lost or moved.
 */
final class Outline {

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
        List<ParsedSection> sections = new ArrayList<>();
        for (Node node : sectionNodes) {
            sections.add(toSection(node));
        }
        return new Result(TextLines.join(preamble), sections);
    }

    private static Node tree(List<String> lines) {
        Node root = new Node(null);
        Deque<Node> open = new ArrayDeque<>();
        open.push(root);
        for (String line : lines) {
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

    /** Sections are the 一、 headings; a plan without them but with （一） headings uses those. */
    private static int sectionRank(Node root) {
        int best = 0;
        for (Node child : root.children) {
            if (child.rank() <= 2 && (best == 0 || child.rank() < best)) {
                best = child.rank();
            }
        }
        return best;
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
