package com.carenext.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a work plan (关心下一代工作计划 and the like) into title, issuer, date, sections, tasks and the
 * committee roster.
 *
 * <p>Handles a plan issued inside a 通知 ("…关于印发…的通知"): the notice's own lines (addressee, the 印发 sentence,
 * its signature) are not part of the plan; its title supplies the plan title and its signature the issuer and date.
 *
 * <p>The signature and date at the end (under the last section, or under the notice) give the issuer and date; a
 * second issuer line above them (two bodies issuing jointly) is part of the signature too.
 *
 * <p>The parser never throws and loses nothing: text it cannot structure stays in the preamble, a section body or a
 * task; the notice's own lines and the closing lines are kept as written in {@link ParsedPlan#notice()} and
 * {@link ParsedPlan#closing()}. It is stateless and thread-safe.
 */
public final class PlanTextParser {

    private static final Pattern BOOK_TITLE = Pattern.compile("《([^》]{1,100})》");
    private static final int MAX_TITLE = 60;
    private static final int MAX_NOTICE_TITLE = 120;
    private static final int MAX_ISSUER = 30;
    /** How far below a notice title its signature and the plan title are looked for. */
    private static final int NOTICE_REACH = 40;

    /** How many lines from the end a signature date is looked for. */
    private static final int SIGNATURE_REACH = 4;
    /** What the name of an issuing body ends with, for a second signature line. */
    private static final Pattern ISSUER_END = Pattern.compile(
            ".*(委员会|委會|政府|党委|党支部|支部|办事处|办公室|关工委|關工委|领导小组|小组|学校|學校|中学|小学|幼儿园|局|社区|嘎查|村委会|苏木|街道|镇|乡|旗|县|区)");

    /** Title, issuer, date and where the plan body starts, as read from the top of the text. */
    private record Header(String title, String issuer, LocalDate date, int bodyStart, String notice) {
    }

    /**
     * Parses plan text; {@code null} or blank text gives {@link ParsedPlan#empty()}. Never throws.
     */
    public ParsedPlan parse(String text) {
        if (text == null || text.isBlank()) {
            return ParsedPlan.empty();
        }
        try {
            return parseStrict(text);
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort so that an import never fails on odd text: keep everything as one task.
            return fallback(text);
        }
    }

    /** The parse without the safety net, so tests can prove the structuring code itself does not throw. */
    ParsedPlan parseStrict(String text) {
        List<String> lines = TextLines.lines(text);
        int first = nextNonBlank(lines, 0);
        if (first < 0) {
            return ParsedPlan.empty();
        }
        Header header = noticeHeader(lines, first);
        if (header == null) {
            header = plainHeader(lines, first);
        }
        List<String> body = new ArrayList<>(lines.subList(header.bodyStart(), lines.size()));

        List<ParsedRosterEntry> roster = List.of();
        List<String> closing = new ArrayList<>();
        List<String> attachmentHeadings = List.of();
        int attachment = attachmentStart(body);
        if (attachment >= 0) {
            RosterReader.Result result = RosterReader.read(body.subList(attachment, body.size()));
            if (!result.entries().isEmpty()) {
                roster = result.entries();
                attachmentHeadings = result.headings();
                List<String> kept = new ArrayList<>(body.subList(0, attachment));
                kept.addAll(result.leftover());
                body = kept;
            }
        }

        String issuer = header.issuer();
        LocalDate date = header.date();
        if (date == null) {
            int dateLine = signatureDate(body);
            if (dateLine >= 0) {
                date = DateLine.parse(body.get(dateLine));
                int from = dateLine;
                int before = previousNonBlank(body, dateLine - 1);
                if (issuer.isEmpty() && before >= 0 && isIssuerLike(body.get(before))) {
                    issuer = body.get(before);
                    from = before;
                    int joint = previousNonBlank(body, before - 1);
                    if (joint >= 0 && isIssuerLike(body.get(joint)) && ISSUER_END.matcher(body.get(joint)).matches()) {
                        from = joint;
                    }
                }
                closing.addAll(body.subList(from, dateLine + 1));
                body.subList(from, dateLine + 1).clear();
            }
        } else {
            dropRepeatedSignature(body, issuer, date, closing);
        }
        closing.addAll(attachmentHeadings);

        Outline.Result outline = Outline.convert(body);
        return new ParsedPlan(TextLines.tidy(header.title()), TextLines.tidy(issuer), date, outline.preamble(),
                outline.sections(), roster, header.notice(), TextLines.join(closing));
    }

    /** The date line of the signature: among the last non-blank lines of the body, the last date. */
    private static int signatureDate(List<String> body) {
        int seen = 0;
        for (int i = body.size() - 1; i >= 0 && seen < SIGNATURE_REACH; i--) {
            if (body.get(i).isEmpty()) {
                continue;
            }
            if (DateLine.parse(body.get(i)) != null) {
                return i;
            }
            seen++;
        }
        return -1;
    }

    /** Reads a "…关于印发…的通知" wrapper, or returns {@code null} when the text does not start with one. */
    private Header noticeHeader(List<String> lines, int first) {
        String noticeTitle = lines.get(first);
        int titleEnd = first;
        if (!isNoticeTitle(noticeTitle)) {
            int second = first + 1 < lines.size() ? first + 1 : -1;
            if (second < 0 || !(noticeTitle.contains("关于") || noticeTitle.contains("關於")) || !isNoticeTitle(noticeTitle + lines.get(second))) {
                return null;
            }
            noticeTitle = noticeTitle + lines.get(second);
            titleEnd = second;
        }
        String embedded = embeddedTitle(noticeTitle);
        int reach = Math.min(lines.size(), titleEnd + 1 + NOTICE_REACH);

        int planTitle = -1;
        for (int j = titleEnd + 1; j < reach && !embedded.isEmpty(); j++) {
            if (TextLines.compact(lines.get(j)).equals(TextLines.compact(embedded))) {
                planTitle = j;
                break;
            }
        }
        int dateLine = firstDateLine(lines, titleEnd + 1, planTitle >= 0 ? planTitle : reach);
        int bodyStart;
        if (planTitle >= 0) {
            bodyStart = planTitle + 1;
        } else if (dateLine >= 0) {
            int next = nextNonBlank(lines, dateLine + 1);
            boolean titled = next >= 0 && isTitleLike(lines.get(next));
            planTitle = titled ? next : -1;
            bodyStart = titled ? next + 1 : dateLine + 1;
        } else {
            bodyStart = titleEnd + 1;
        }

        String title = planTitle >= 0 ? lines.get(planTitle) : embedded;
        List<String> notice = new ArrayList<>();
        for (int j = first; j < bodyStart; j++) {
            if (j != planTitle) {
                notice.add(lines.get(j));
            }
        }
        LocalDate date = dateLine >= 0 ? DateLine.parse(lines.get(dateLine)) : null;
        String issuer = "";
        int signature = dateLine >= 0 ? previousNonBlank(lines, dateLine - 1) : -1;
        if (signature > titleEnd && isIssuerLike(lines.get(signature))) {
            issuer = lines.get(signature);
        } else {
            int about = Math.max(noticeTitle.indexOf("关于"), noticeTitle.indexOf("關於"));
            issuer = about > 0 ? noticeTitle.substring(0, about).strip() : "";
        }
        return new Header(title, issuer, date, bodyStart, TextLines.join(notice));
    }

    /** A plan without a notice: its first line is the title when it looks like one. */
    private Header plainHeader(List<String> lines, int first) {
        String line = lines.get(first);
        if (isTitleLike(line)) {
            return new Header(line, "", null, first + 1, "");
        }
        return new Header("", "", null, first, "");
    }

    private static boolean isNoticeTitle(String s) {
        return s.length() <= MAX_NOTICE_TITLE && s.endsWith("通知") && (s.contains("印发") || s.contains("印發"));
    }

    /** The plan title inside a notice title: 《…》, or what stands between 印发 and 的通知. */
    private static String embeddedTitle(String noticeTitle) {
        Matcher m = BOOK_TITLE.matcher(noticeTitle);
        if (m.find()) {
            return m.group(1).strip();
        }
        int issued = Math.max(noticeTitle.indexOf("印发"), noticeTitle.indexOf("印發"));
        String rest = noticeTitle.substring(issued + 2);
        if (rest.endsWith("的通知")) {
            rest = rest.substring(0, rest.length() - 3);
        } else if (rest.endsWith("通知")) {
            rest = rest.substring(0, rest.length() - 2);
        }
        return rest.strip();
    }

    private static boolean isTitleLike(String line) {
        return !line.isEmpty() && line.length() <= MAX_TITLE && TextLines.hasHan(line)
                && line.chars().noneMatch(c -> "。；;！？!?".indexOf(c) >= 0)
                && "：:，,、".indexOf(line.charAt(line.length() - 1)) < 0
                && Heading.classify(line) == null && DateLine.parse(line) == null
                && !RosterReader.isAttachmentLine(line);
    }

    /** A signature line above a date: short, no punctuation, not a heading. */
    private static boolean isIssuerLike(String line) {
        return !line.isEmpty() && line.length() <= MAX_ISSUER && TextLines.hasHan(line)
                && line.chars().noneMatch(c -> "，。；：,;:！？!?、“”《》".indexOf(c) >= 0)
                && Heading.classify(line) == null && DateLine.parse(line) == null
                && !RosterReader.isAttachmentLine(line);
    }

    /**
     * A plan inside a notice often repeats the notice's signature at its end; that copy adds nothing and would
     * otherwise end up in the last task.
     */
    private static void dropRepeatedSignature(List<String> body, String issuer, LocalDate date, List<String> closing) {
        int last = previousNonBlank(body, body.size() - 1);
        if (last < 0 || !date.equals(DateLine.parse(body.get(last)))) {
            return;
        }
        int before = previousNonBlank(body, last - 1);
        int from = before >= 0 && !issuer.isEmpty()
                && TextLines.compact(body.get(before)).equals(TextLines.compact(issuer)) ? before : last;
        closing.addAll(body.subList(from, last + 1));
        body.subList(from, last + 1).clear();
    }

    private static int attachmentStart(List<String> body) {
        for (int i = 0; i < body.size(); i++) {
            if (RosterReader.isAttachmentLine(body.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int firstDateLine(List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (DateLine.parse(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int previousNonBlank(List<String> lines, int from) {
        for (int i = Math.min(from, lines.size() - 1); i >= 0; i--) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static ParsedPlan fallback(String text) {
        String whole = text.strip();
        ParsedSection only = new ParsedSection("", "", "", List.of(new ParsedTask("", whole, List.of())));
        return new ParsedPlan("", "", null, "", List.of(only), List.of(), "", "");
    }
}
