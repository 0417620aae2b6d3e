package com.carenext.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A work plan as read from its text.
 *
 * <p>Strings are never {@code null} (missing ones are empty); {@code date} is {@code null} when the text carries
 * no recognisable date.
 *
 * @param title    the plan's own title (not the title of a 通知 that issues it)
 * @param issuer   the issuing body, e.g. 乌审召镇人民政府, or empty
 * @param date     the issue date, or {@code null}
 * @param preamble text between the title and the first section
 * @param sections the numbered sections (一、二、…), or one unnumbered section when the text has none
 * @param roster   committee members from a roster attachment (附件：…组成成员)
 * @param notice   the covering 通知 as written (its title, addressee, the 印发 sentence, its signature), or empty
 * @param closing  the plan's closing lines as written (signature, date, the heading of a roster attachment), or
 *                 empty; with the other fields it keeps every character of the text
 */
public record ParsedPlan(String title, String issuer, LocalDate date, String preamble,
                         List<ParsedSection> sections, List<ParsedRosterEntry> roster, String notice, String closing) {

    public ParsedPlan {
        title = title == null ? "" : title;
        issuer = issuer == null ? "" : issuer;
        preamble = preamble == null ? "" : preamble;
        sections = sections == null ? List.of() : List.copyOf(sections);
        roster = roster == null ? List.of() : List.copyOf(roster);
        notice = notice == null ? "" : notice;
        closing = closing == null ? "" : closing;
    }

    /** A plan without a covering notice or closing lines. */
    public ParsedPlan(String title, String issuer, LocalDate date, String preamble, List<ParsedSection> sections,
                      List<ParsedRosterEntry> roster) {
        this(title, issuer, date, preamble, sections, roster, "", "");
    }

    /** The plan of an empty text. */
    public static ParsedPlan empty() {
        return new ParsedPlan("", "", null, "", List.of(), List.of(), "", "");
    }
}
