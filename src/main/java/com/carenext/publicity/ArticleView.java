package com.carenext.publicity;

import java.time.LocalDate;
import java.util.List;

/** An article with its authors, publications and attachments, as its page and the API show it. */
public record ArticleView(long id, long organizationId, String organizationName, String title, String body,
                          String link, ArticleKind kind, LocalDate date, ArticleStatus status, String returnReason,
                          List<Author> authors, List<Publication> publications, List<Attachment> attachments,
                          long version) {

    public record Author(Long correspondentId, String name) {
    }

    public record Publication(OutletLevel level, String outlet, LocalDate date, String link) {
    }

    public record Attachment(long id, String name, String contentType, long size) {
    }

    public String authorNames() {
        return String.join("、", authors.stream().map(Author::name).toList());
    }
}
