package com.carenext.publicity;

/**
 * A correspondent's articles in a period: submitted, adopted and the points of those articles (each author is
 * credited with the article's points, before the organization's caps and penalties).
 */
public record CorrespondentScore(long correspondentId, String name, long organizationId, String organizationName,
                                 int submitted, int adopted, int points, int rank) {
}
