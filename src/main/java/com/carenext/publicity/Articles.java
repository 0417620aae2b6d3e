package com.carenext.publicity;

import com.carenext.files.StoredFile;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Article submissions (稿件报送) and their review by the town office: adopted with the first publication, or
 * returned with a reason; further publications at other levels are added to an adopted article. Correspondents
 * and managers submit for organizations of their subtree and see only their subtree's articles.
 */
@Service
@Transactional
public class Articles {

    static final String ENTITY = "Article";
    private static final int MAX_PAGE = 200;

    private final ArticleRepository repository;
    private final ArticleAttachments attachments;
    private final Organizations organizations;
    private final Correspondents correspondents;
    private final JdbcClient jdbc;
    private final Clock clock;

    Articles(ArticleRepository repository, ArticleAttachments attachments, Organizations organizations,
             Correspondents correspondents, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.attachments = attachments;
        this.organizations = organizations;
        this.correspondents = correspondents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A page of articles, newest first, before the id {@code before} (keyset paging). */
    @Transactional(readOnly = true)
    public List<ArticleSummary> list(Actor actor, ArticleFilter filter, Long before, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, organization_id, title, kind, article_date, status FROM article
                WHERE organization_path LIKE :scope AND id < :before""");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", actor.scopePattern());
        params.put("before", before == null ? Long.MAX_VALUE : before);
        if (filter.month() != null) {
            sql.append(" AND article_date >= :from AND article_date < :to");
            params.put("from", Date.valueOf(filter.month().atDay(1)));
            params.put("to", Date.valueOf(filter.month().plusMonths(1).atDay(1)));
        }
        if (filter.status() != null) {
            sql.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.organizationId() != null) {
            sql.append(" AND organization_id = :organization");
            params.put("organization", filter.organizationId());
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, Math.min(size, MAX_PAGE))).append(" ROWS ONLY");
        record Row(long id, long organizationId, String title, ArticleKind kind, LocalDate date, ArticleStatus status) {
        }
        List<Row> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("title"),
                        ArticleKind.valueOf(rs.getString("kind")), rs.getDate("article_date").toLocalDate(),
                        ArticleStatus.valueOf(rs.getString("status"))))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, OutletLevel> highest = new HashMap<>();
        jdbc.sql("SELECT article, outlet_level FROM article_publication WHERE article IN (:ids)").param("ids", ids)
                .query((rs, n) -> highest.merge(rs.getLong("article"), OutletLevel.valueOf(rs.getString("outlet_level")),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b))
                .list();
        Map<Long, List<String>> authors = new HashMap<>();
        jdbc.sql("SELECT article, name FROM article_author WHERE article IN (:ids) ORDER BY article, article_key")
                .param("ids", ids)
                .query((rs, n) -> authors.computeIfAbsent(rs.getLong("article"), k -> new ArrayList<>())
                        .add(rs.getString("name")))
                .list();
        Map<Long, String> names = organizations.names(rows.stream().map(Row::organizationId).toList());
        return rows.stream().map(row -> new ArticleSummary(row.id(), row.organizationId(),
                names.getOrDefault(row.organizationId(), ""), row.title(), row.kind(), row.date(), row.status(),
                highest.get(row.id()), String.join("、", authors.getOrDefault(row.id(), List.of())))).toList();
    }

    /** The month of the newest article dated in the scope, for pages opened without a month; empty when none. */
    @Transactional(readOnly = true)
    public java.util.Optional<java.time.YearMonth> latestMonth(Actor actor, LocalDate notAfter) {
        return jdbc.sql("SELECT MAX(article_date) FROM article WHERE organization_path LIKE :scope AND article_date <= :day")
                .param("scope", actor.scopePattern()).param("day", Date.valueOf(notAfter))
                .query(Date.class).optional().map(day -> java.time.YearMonth.from(day.toLocalDate()));
    }

    @Transactional(readOnly = true)
    public ArticleView get(Actor actor, long id) {
        Article article = visible(actor, id);
        return view(actor, article);
    }

    /** Submits an article with its files, all or nothing: a bad file saves nothing. */
    public ArticleView submit(Actor actor, ArticleDraft draft, List<MultipartFile> files) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.CORRESPONDENT);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        List<StoredFile> stored = attachments.store(files, 0);
        Article article = repository.save(Article.submit(draft, organization.path(), authors(actor, draft),
                actor.userId(), clock.instant()));
        attachments.save(article.getId(), stored);
        return view(actor, article);
    }

    /** A returned article, corrected, goes back to the office for review. */
    public ArticleView resubmit(Actor actor, long id, ArticleDraft draft) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.CORRESPONDENT);
        Article article = editable(actor, id, draft.version());
        ownOrManaged(actor, article);
        OrganizationSummary organization = organizations.get(actor, draft.organizationId());
        if (organization.id() != article.getOrganizationId()) {
            throw new BusinessRuleException("publicity.article.organizationFixed");
        }
        article.resubmit(draft, authors(actor, draft), clock.instant());
        return view(actor, repository.save(article));
    }

    public ArticleView attach(Actor actor, long id, List<MultipartFile> files) {
        actor.require(Role.TOWN_ADMIN, Role.ORG_MANAGER, Role.CORRESPONDENT);
        Article article = visible(actor, id);
        ownOrManaged(actor, article);
        attachments.save(id, attachments.store(files, attachments.of(id).size()));
        return view(actor, article);
    }

    /** The town office adopts the article with its first publication (level, outlet, date, link). */
    public ArticleView adopt(Actor actor, long id, PublicationDraft publication) {
        actor.require(Role.TOWN_ADMIN);
        Article article = editable(actor, id, publication.version());
        article.adopt(publication, actor.userId(), clock.instant());
        return view(actor, repository.save(article));
    }

    public ArticleView returnArticle(Actor actor, long id, String reason, Long seenVersion) {
        actor.require(Role.TOWN_ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("publicity.article.reasonRequired");
        }
        Article article = editable(actor, id, seenVersion);
        article.returnWith(reason.length() > 500 ? reason.substring(0, 500) : reason, actor.userId(), clock.instant());
        return view(actor, repository.save(article));
    }

    /** Another outlet published the adopted article, possibly at another level. */
    public ArticleView publish(Actor actor, long id, PublicationDraft publication) {
        actor.require(Role.TOWN_ADMIN);
        Article article = editable(actor, id, publication.version());
        article.publish(publication, clock.instant());
        return view(actor, repository.save(article));
    }

    /**
     * An article built in memory by the review's own steps ({@link Article#submit}, {@code returnWith}, {@code adopt},
     * {@code publish}) and the number of saves those steps would have taken one by one: its version is one less.
     */
    record Built(Article article, int saves) {
    }

    /**
     * Saves a batch of articles that their builder already checked (the demo's year, {@code PublicityDemo}): one
     * batched insert per table instead of a save and a view per step, each with the version its steps would have
     * left, so the rows are those the steps one by one would have written.
     */
    void saveBuilt(List<Built> built) {
        List<Article> saved = repository.saveAll(built.stream().map(Built::article).toList());
        Map<Integer, List<Long>> bySaves = new java.util.TreeMap<>();
        for (int i = 0; i < saved.size(); i++) {
            bySaves.computeIfAbsent(built.get(i).saves(), k -> new ArrayList<>()).add(saved.get(i).getId());
        }
        bySaves.forEach((saves, ids) -> {
            if (saves > 1) {
                jdbc.sql("UPDATE article SET version = version + :more WHERE id IN (:ids)")
                        .param("more", saves - 1).param("ids", ids).update();
            }
        });
    }

    /** The size limit of one attachment. */
    long maxAttachmentBytes() {
        return attachments.maxBytes();
    }

    @Transactional(readOnly = true)
    public ResponseEntity<Resource> attachment(Actor actor, long id, long attachmentId) {
        visible(actor, id);
        return attachments.download(id, attachmentId);
    }

    /**
     * The scope's articles of the month, adopted and published by an outlet of 旗 level or above: highest level
     * first, then by date and id, with their authors and those publications (two queries).
     */
    @Transactional(readOnly = true)
    List<NotableArticle> notable(Actor actor, YearMonth month) {
        String notable = """
                 FROM article a WHERE a.organization_path LIKE :scope AND a.article_date >= :from
                  AND a.article_date < :to AND a.status = 'ADOPTED'
                  AND EXISTS (SELECT 1 FROM article_publication n WHERE n.article = a.id
                              AND n.outlet_level IN ('BANNER', 'CITY', 'REGION', 'NATIONAL'))""";
        Map<String, Object> params = Map.of("scope", actor.scopePattern(), "from", Date.valueOf(month.atDay(1)),
                "to", Date.valueOf(month.plusMonths(1).atDay(1)));
        Map<Long, List<String>> authors = new HashMap<>();
        jdbc.sql("SELECT w.article, w.name FROM article_author w WHERE w.article IN (SELECT a.id " + notable
                        + ") ORDER BY w.article, w.article_key")
                .params(params)
                .query((rs, n) -> authors.computeIfAbsent(rs.getLong("article"), k -> new ArrayList<>())
                        .add(rs.getString("name")))
                .list();
        record Published(long id, String title, String organization, LocalDate date,
                         ArticleView.Publication publication) {
        }
        Map<Long, List<Published>> byArticle = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.id, a.title, a.article_date, o.name AS organization, p.outlet_level, p.outlet,
                               p.published_on, p.link
                        FROM article_publication p JOIN article a ON a.id = p.article
                        JOIN organization o ON o.id = a.organization_id
                        WHERE p.outlet_level IN ('BANNER', 'CITY', 'REGION', 'NATIONAL') AND a.id IN (SELECT a.id"""
                        + " " + notable + ") ORDER BY a.id, p.article_key")
                .params(params)
                .query((rs, n) -> new Published(rs.getLong("id"), rs.getString("title"), rs.getString("organization"),
                        rs.getDate("article_date").toLocalDate(), new ArticleView.Publication(
                        OutletLevel.valueOf(rs.getString("outlet_level")), rs.getString("outlet"),
                        rs.getDate("published_on").toLocalDate(), rs.getString("link"))))
                .list().forEach(row -> byArticle.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        java.util.Comparator<ArticleView.Publication> highestFirst = java.util.Comparator
                .comparing(ArticleView.Publication::level).reversed()
                .thenComparing(ArticleView.Publication::date).thenComparing(ArticleView.Publication::outlet);
        return byArticle.values().stream()
                .sorted(java.util.Comparator.comparing((List<Published> rows) -> rows.stream()
                                .map(row -> row.publication().level()).max(Enum::compareTo).orElseThrow()).reversed()
                        .thenComparing(rows -> rows.get(0).date()).thenComparing(rows -> rows.get(0).id()))
                .map(rows -> new NotableArticle(rows.get(0).id(), rows.get(0).title(), rows.get(0).organization(),
                        String.join("、", authors.getOrDefault(rows.get(0).id(), List.of())),
                        rows.stream().map(Published::publication).sorted(highestFirst).toList()))
                .toList();
    }

    private List<ArticleAuthor> authors(Actor actor, ArticleDraft draft) {
        List<Long> ids = new ArrayList<>(draft.authorIdsOrEmpty());
        if (ids.isEmpty() && draft.otherAuthorNames().isEmpty()) {
            correspondents.ofUser(actor).stream().findFirst().ifPresent(own -> ids.add(own.id()));
        }
        Map<Long, CorrespondentView> known = correspondents.byIds(actor, ids);
        List<ArticleAuthor> authors = new ArrayList<>();
        for (Long id : ids) {
            CorrespondentView correspondent = known.get(id);
            if (correspondent == null) {
                throw new BusinessRuleException("publicity.article.unknownAuthor", id);
            }
            authors.add(new ArticleAuthor(id, correspondent.name()));
        }
        draft.otherAuthorNames().forEach(name -> authors.add(new ArticleAuthor(null,
                name.length() > 100 ? name.substring(0, 100) : name)));
        if (authors.isEmpty()) {
            throw new BusinessRuleException("publicity.article.authorRequired");
        }
        return authors;
    }

    /** A correspondent changes only what they submitted; managers and the office change any in their scope. */
    private static void ownOrManaged(Actor actor, Article article) {
        if (!actor.hasAny(Role.TOWN_ADMIN, Role.ORG_MANAGER)
                && (article.getSubmittedBy() == null || article.getSubmittedBy() != actor.userId())) {
            throw new org.springframework.security.access.AccessDeniedException("not the submitter");
        }
    }

    private ArticleView view(Actor actor, Article article) {
        String organization = organizations.get(actor, article.getOrganizationId()).name();
        return article.view(organization, attachments.of(article.getId()));
    }

    private Article visible(Actor actor, long id) {
        return repository.findById(id).filter(article -> actor.reaches(article.getOrganizationPath()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private Article editable(Actor actor, long id, Long seenVersion) {
        Article article = visible(actor, id);
        StaleEditException.requireSeen(ENTITY, id, seenVersion, article.getVersion());
        return article;
    }
}
