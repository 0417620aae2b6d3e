package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of plan texts in {@code /plans/corpus} (invented, in the shapes public 关工委 plans use; see the README
 * there): each parses to its expected outline ({@code expected.tsv}), and no text loses a character.
 */
class PlanCorpusTest {

    /** Marker punctuation that may disappear with a numbering marker or a title separator; nothing else may. */
    private static final String MARKER_PUNCTUATION = "、.．()（）。：:，,；;①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final Map<String, String> POST_LABELS = Map.of("DIRECTOR", "主任组长",
            "EXECUTIVE_DEPUTY", "常务副主任", "DEPUTY_DIRECTOR", "副主任副组长", "SECRETARY_GENERAL", "秘书长",
            "MEMBER", "成员委员组员");

    private final PlanTextParser parser = new PlanTextParser();

    /** One line of expected.tsv: file, tasks per section ("3/3/2"), titles ("1=强化学习|3=…"), issuer, date. */
    record Expected(String file, List<Integer> tasks, Map<Integer, String> titles, String issuer, String date) {

        static Expected of(String line) {
            String[] cells = line.split("\t", -1);
            List<Integer> tasks = Arrays.stream(cells[1].split("/")).map(Integer::parseInt).toList();
            Map<Integer, String> titles = new HashMap<>();
            for (String title : cells[2].isEmpty() ? new String[0] : cells[2].split("\\|")) {
                String[] pair = title.split("=", 2);
                titles.put(Integer.parseInt(pair[0]), pair[1]);
            }
            return new Expected(cells[0], tasks, titles, cells.length > 3 ? cells[3] : "",
                    cells.length > 4 ? cells[4] : "");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> corpus() {
        return Arrays.stream(read("corpus/expected.tsv").split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(Expected::of).toList();
    }

    static Stream<Arguments> files() {
        return corpus().stream().map(expected -> Arguments.of(expected.file()));
    }

    @Test
    void theCorpusHoldsAtLeastThirtyPlans() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(corpus()).extracting(Expected::file).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void parsesToTheExpectedOutline(Expected expected) {
        ParsedPlan plan = parser.parseStrict(read("corpus/" + expected.file()));
        assertThat(plan.sections()).as("tasks per section of %s: %s", expected.file(), outline(plan))
                .extracting(section -> section.tasks().size()).containsExactlyElementsOf(expected.tasks());
        expected.titles().forEach((index, title) -> assertThat(plan.sections().get(index - 1).title())
                .as("title of section %d", index).isEqualTo(title));
        if (!expected.issuer().isEmpty()) {
            assertThat(plan.issuer()).isEqualTo(expected.issuer());
        }
        if (!expected.date().isEmpty()) {
            assertThat(String.valueOf(plan.date())).isEqualTo(expected.date());
        }
        assertThat(plan.title()).as("title").isNotBlank();
        assertThat(parser.parse(read("corpus/" + expected.file()))).isEqualTo(plan);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void corpusLosesNothing(String file) {
        String text = read("corpus/" + file);
        assertNothingLost(text, parser.parseStrict(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed-wushenzhao-2023.txt", "chinese-date.txt", "crlf-bom.txt", "di-enumeration.txt",
            "half-width.txt", "nested-levels.txt", "no-date.txt", "no-sections.txt", "notice-bracket.txt",
            "roster-spacing.txt", "shi-wrapped.txt", "trailing-text.txt"})
    void fixturesLoseNothing(String file) {
        String text = read(file);
        assertNothingLost(text, parser.parseStrict(text));
    }

    @Test
    void theCheckNoticesALostCharacter() {
        String text = "某镇2024年关工委工作计划\n一、抓学习\n每月学习一次。";
        ParsedPlan plan = parser.parseStrict(text);
        ParsedPlan lossy = new ParsedPlan(plan.title(), plan.issuer(), plan.date(), plan.preamble(),
                List.of(new ParsedSection("一", "抓学习", "", List.of(new ParsedTask("", "每月学习。", List.of())))),
                plan.roster(), plan.notice(), plan.closing());
        assertNothingLost(text, plan);
        assertThat(missing(text, lossy)).containsExactlyInAnyOrder("一", "次");
    }

    /** Every non-blank character of the input is in some field of the result, except marker punctuation. */
    static void assertNothingLost(String input, ParsedPlan plan) {
        assertThat(missing(input, plan)).as("characters lost (outline %s)", outline(plan)).isEmpty();
    }

    private static List<String> missing(String input, ParsedPlan plan) {
        Map<Integer, Integer> counts = new HashMap<>();
        comparable(input).codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
        comparable(covered(plan)).codePoints().forEach(cp -> counts.merge(cp, -1, Integer::sum));
        List<String> missing = new ArrayList<>();
        counts.forEach((cp, n) -> {
            if (n > 0 && MARKER_PUNCTUATION.indexOf(cp) < 0) {
                missing.add(new String(Character.toChars(cp)));
            }
        });
        return missing;
    }

    /** The text of every parsed node: title, notice, preamble, sections with their tasks, roster and closing. */
    static String covered(ParsedPlan plan) {
        StringBuilder b = new StringBuilder(plan.title()).append(plan.notice()).append(plan.preamble());
        for (ParsedSection section : plan.sections()) {
            b.append(section.number()).append(section.title()).append(section.body());
            section.tasks().forEach(task -> task(task, b));
        }
        plan.roster().forEach(member -> b.append(POST_LABELS.get(member.post())).append(member.name())
                .append(member.position()));
        return b.append(plan.closing()).toString();
    }

    private static void task(ParsedTask task, StringBuilder b) {
        b.append(task.number()).append(task.text());
        task.items().forEach(item -> task(item, b));
    }

    /** The input as the parser sees it, without whitespace and Word's bookmark markup. */
    private static String comparable(String text) {
        return text.replaceAll("\\[bookmark:[^\\]\\n]{0,200}]", "")
                .replaceAll("[\\s\\u00A0\\u3000\\uFEFF\\u200B-\\u200D\\u2060]", "");
    }

    static String outline(ParsedPlan plan) {
        return plan.sections().stream().map(s -> s.number() + s.title() + ":" + s.tasks().size()).toList().toString();
    }

    static String read(String name) {
        try (InputStream in = PlanCorpusTest.class.getResourceAsStream("/plans/" + name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
