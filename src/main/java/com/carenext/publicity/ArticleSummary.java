package com.carenext.publicity;

import java.time.LocalDate;

/** An article as a list row shows it: the highest level it reached, if any. */
public record ArticleSummary(long id, long organizationId, String organizationName, String title, ArticleKind kind,
                             LocalDate date, ArticleStatus status, OutletLevel highestLevel, String authors) {
}
