package com.carenext.plan;

/**
 * One committee member from a roster attachment, e.g. "主    任：宝音图（党委副书记）".
 *
 * @param post     {@code DIRECTOR}, {@code EXECUTIVE_DEPUTY}, {@code DEPUTY_DIRECTOR}, {@code SECRETARY_GENERAL}
 *                 or {@code MEMBER}
 * @param name     the name with inner spaces removed ("李  林" becomes "李林")
 * @param position the text in parentheses ("党委副书记"), empty when there is none
 */
public record ParsedRosterEntry(String post, String name, String position) {

    public ParsedRosterEntry {
        post = post == null ? "" : post;
        name = name == null ? "" : name;
        position = position == null ? "" : position;
    }
}
