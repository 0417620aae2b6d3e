package com.carenext.publicity;

import java.time.YearMonth;

/** What an article list is narrowed to; every part optional. */
public record ArticleFilter(YearMonth month, ArticleStatus status, Long organizationId) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null);
    }
}
