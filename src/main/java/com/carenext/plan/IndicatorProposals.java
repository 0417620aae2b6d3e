package com.carenext.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Proposes indicators for imported tasks from their words: a task that names a known measure (普法, 防溺水, 通讯员 …)
 * gets that measure with a target read from the text ("不少于3次", "全年开展5场", "每季度一次") or a sensible default.
 * The office confirms or edits each proposal in the import preview; nothing is saved unless confirmed.
 *
 * <p>{@link #RULES} is the one place that maps words to measures. A rule whose measure (or parameter) no module
 * offers is left out, so the table never proposes a code that does not exist.
 */
@Component
class IndicatorProposals {

    /** A proposal: a measure, its parameter (empty for all) and the target. */
    record Proposal(String measure, String param, long target) {
    }

    /**
     * Any keyword of {@code keywords} ("|"-separated; "a+b" needs both words) proposes {@code measure} with
     * {@code param}; {@code target} is used when the text names no figure in the measure's unit.
     */
    record Rule(String keywords, String measure, String param, long target) {

        /** Where the first keyword matches in {@code text}, or -1. */
        int match(String text) {
            int best = -1;
            for (String keyword : keywords.split("\\|")) {
                int at = -1;
                for (String word : keyword.split("\\+")) {
                    int found = text.indexOf(word);
                    if (found < 0) {
                        at = -1;
                        break;
                    }
                    at = Math.max(at, found);
                }
                if (at >= 0 && (best < 0 || at < best)) {
                    best = at;
                }
            }
            return best;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("普法|法治|法律", "activity.held", "LEGAL_EDUCATION", 2),
            new Rule("家风|家训|家教", "activity.held", "FAMILY_VALUES", 2),
            new Rule("防溺水+宣讲|防溺水+宣传|防溺水+教育", "activity.held", "DROWNING_PREVENTION_TALK", 2),
            new Rule("红色", "activity.held", "RED_EDUCATION", 2),
            new Rule("移风易俗", "activity.held", "CIVILITY_REFORM", 1),
            new Rule("防溺水|巡逻|巡查|巡河", "patrol.coverage", "", 100),
            new Rule("隐患", "patrol.hazardsClosed", "", 5),
            new Rule("通讯员|稿件|投稿|信息宣传|宣传报道|报送信息", "publicity.adopted", "", 20),
            new Rule("通报", "publicity.bulletins", "", 12),
            new Rule("理论学习|集中学习|专题学习|学习贯彻|学习党的|读书", "study.sessions", "STUDY", 4),
            new Rule("通讯员+培训|信息宣传+培训", "study.sessions", "CORRESPONDENT_TRAINING", 1),
            new Rule("志愿者+培训|骨干+培训|骨干培训", "study.sessions", "VOLUNTEER_TRAINING", 1),
            new Rule("招募|吸纳|队伍建设|加入到“五老”|新增+志愿者", "volunteer.recruited", "", 10),
            new Rule("走访|结对", "volunteer.careVisits", "", 12));

    static final int MAX_PER_TASK = 3;

    /** Words for the units in which a target is written, by the unit's message key. */
    private static final Map<String, String> UNIT_WORDS = Map.of(
            "plan.unit.times", "次|场|期|回", "plan.unit.persons", "名|人", "plan.unit.personTimes", "人次",
            "plan.unit.articles", "篇|条", "plan.unit.issues", "期|次", "plan.unit.items", "处|个|条",
            "plan.unit.percent", "%|％");
    private static final String NUMBER = "(\\d{1,6}|[一二两三四五六七八九十]{1,3})\\s*余?\\s*(?:";
    /** A period before a figure turns "每月一次" into twelve a year. */
    private static final Map<String, Integer> PERIODS = Map.of("每月", 12, "每季度", 4, "每学期", 2, "每半年", 2);
    private static final int PERIOD_REACH = 8;
    private static final long MAX_TARGET = 1_000_000;

    private final List<Rule> rules;
    private final Measures measures;

    IndicatorProposals(Measures measures) {
        this.measures = measures;
        this.rules = RULES.stream().filter(rule -> offered(measures, rule)).toList();
    }

    /** Whether some module offers the rule's measure (and the parameter value, when it has one). */
    static boolean offered(Measures measures, Rule rule) {
        return measures.find(rule.measure()).map(Measures.Offered::measure)
                .filter(m -> rule.param().isEmpty() || m.options().containsKey(rule.param())).isPresent();
    }

    /** The proposals for a task text, in the order of the table, at most {@link #MAX_PER_TASK}. */
    List<Proposal> propose(String text) {
        List<Proposal> proposals = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return proposals;
        }
        for (Rule rule : rules) {
            int at = rule.match(text);
            boolean known = proposals.stream().anyMatch(p -> p.measure().equals(rule.measure())
                    && p.param().equals(rule.param()));
            if (at >= 0 && !known && proposals.size() < MAX_PER_TASK) {
                String unit = measures.find(rule.measure()).map(o -> o.measure().unitKey()).orElse("");
                long target = target(text, at, UNIT_WORDS.getOrDefault(unit, ""));
                proposals.add(new Proposal(rule.measure(), rule.param(), target > 0 ? target : rule.target()));
            }
        }
        return proposals;
    }

    /**
     * The figure the text names in one of {@code units}: the first after the keyword at {@code at}, else the last
     * before it; 0 when there is none.
     */
    static long target(String text, int at, String units) {
        if (units.isEmpty()) {
            return 0;
        }
        Matcher m = Pattern.compile(NUMBER + units + ")").matcher(text);
        long before = 0;
        while (m.find()) {
            long value = value(text, m);
            if (m.start() >= at && value > 0) {
                return value;
            }
            before = value > 0 ? value : before;
        }
        return before;
    }

    private static long value(String text, Matcher m) {
        String n = m.group(1);
        long value = Character.isDigit(n.charAt(0)) ? Long.parseLong(n) : ChineseNumerals.parse(n.replace('两', '二'));
        if (value <= 0) {
            return 0;
        }
        String lead = text.substring(Math.max(0, m.start() - PERIOD_REACH), m.start());
        long times = PERIODS.entrySet().stream().filter(p -> lead.contains(p.getKey())).mapToLong(Map.Entry::getValue)
                .findFirst().orElse(1);
        return Math.min(MAX_TARGET, value * times);
    }

    /** Why a confirmed indicator cannot be saved (a message key), or {@code null} when it can. */
    String problem(IndicatorDraft draft) {
        if (draft.target() == null || draft.target() < 1 || draft.target() > MAX_TARGET) {
            return "plan.indicator.invalid";
        }
        var measure = measures.find(draft.measure() == null ? "" : draft.measure()).map(Measures.Offered::measure);
        if (measure.isEmpty()) {
            return "plan.indicator.unknownMeasure";
        }
        String param = draft.param() == null ? "" : draft.param();
        return param.isEmpty() || measure.get().options().containsKey(param) ? null : "plan.indicator.unknownParam";
    }

    /** The rules of the table whose measure some module offers. */
    List<Rule> active() {
        return rules;
    }
}
