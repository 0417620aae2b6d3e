package com.carenext.publicity;

import com.carenext.shared.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A submitted article (稿件): what it is, who wrote it, the town office's review and where it was published. */
class Article {

    @Id
    private Long id;
    private long organizationId;
    private String organizationPath;
    private String title;
    private String body;
    private String link;
    private ArticleKind kind;
    private LocalDate articleDate;
    private ArticleStatus status;
    private String returnReason;
    private Long submittedBy;
    private Long reviewedBy;
    private Instant reviewedAt;
    @MappedCollection
    private List<ArticleAuthor> authors = new ArrayList<>();
    @MappedCollection
    private List<ArticlePublication> publications = new ArrayList<>();
    @Version
    private Long version;
    private Instant createdAt;
    private Instant updatedAt;

    Article() {
    }

    static Article submit(ArticleDraft draft, String organizationPath, List<ArticleAuthor> authors, long userId,
                          Instant now) {
        Article article = new Article();
        article.organizationId = draft.organizationId();
        article.organizationPath = organizationPath;
        article.status = ArticleStatus.SUBMITTED;
        article.submittedBy = userId;
        article.createdAt = now;
        article.describe(draft, authors, now);
        return article;
    }

    void describe(ArticleDraft draft, List<ArticleAuthor> newAuthors, Instant now) {
        title = draft.title().strip();
        body = blankToNull(draft.body());
        link = blankToNull(draft.link());
        kind = draft.kind();
        articleDate = draft.date();
        authors = new ArrayList<>(newAuthors);
        updatedAt = now;
    }

    /** A returned article, corrected, goes back to the office. */
    void resubmit(ArticleDraft draft, List<ArticleAuthor> newAuthors, Instant now) {
        if (status != ArticleStatus.RETURNED) {
            throw new BusinessRuleException("publicity.article.notReturned");
        }
        describe(draft, newAuthors, now);
        status = ArticleStatus.SUBMITTED;
        returnReason = null;
    }

    void adopt(PublicationDraft publication, long reviewer, Instant now) {
        if (status != ArticleStatus.SUBMITTED) {
            throw new BusinessRuleException("publicity.article.notSubmitted");
        }
        status = ArticleStatus.ADOPTED;
        reviewedBy = reviewer;
        reviewedAt = now;
        publications.add(new ArticlePublication(publication));
        updatedAt = now;
    }

    void returnWith(String reason, long reviewer, Instant now) {
        if (status != ArticleStatus.SUBMITTED) {
            throw new BusinessRuleException("publicity.article.notSubmitted");
        }
        status = ArticleStatus.RETURNED;
        returnReason = reason.strip();
        reviewedBy = reviewer;
        reviewedAt = now;
        updatedAt = now;
    }

    void publish(PublicationDraft publication, Instant now) {
        if (status != ArticleStatus.ADOPTED) {
            throw new BusinessRuleException("publicity.article.notAdopted");
        }
        if (publications.size() >= 20) {
            throw new BusinessRuleException("publicity.article.tooManyPublications");
        }
        publications.add(new ArticlePublication(publication));
        updatedAt = now;
    }

    ArticleView view(String organizationName, List<ArticleView.Attachment> attachments) {
        return new ArticleView(id, organizationId, organizationName, title, body, link, kind, articleDate, status,
                returnReason, authors.stream().map(a -> new ArticleView.Author(a.getCorrespondentId(), a.getName())).toList(),
                publications.stream().map(ArticlePublication::view).toList(), attachments,
                version == null ? 0 : version);
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getOrganizationPath() {
        return organizationPath;
    }

    Long getVersion() {
        return version;
    }

    Long getSubmittedBy() {
        return submittedBy;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
