package com.carenext.publicity;

import com.carenext.shared.Actor;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monthly 通报 (月通报) of the town office: generated from the month's statistics, shown on screen, archived with
 * its text, and given as a .docx in the layout of an official document. Always written in Chinese, whatever the
 * language of the page, because it is an official document.
 */
@Service
@Transactional
public class Bulletins {

    static final String ENTITY = "Bulletin";
    private static final Locale DOCUMENT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final PublicityScores scores;
    private final BulletinRepository repository;
    private final MessageSource messages;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final Clock clock;

    Bulletins(PublicityScores scores, BulletinRepository repository, MessageSource messages, JsonMapper json,
              JdbcClient jdbc, Clock clock) {
        this.scores = scores;
        this.repository = repository;
        this.messages = messages;
        this.json = json;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The 通报 of the month as the data stands now (not archived). */
    @Transactional(readOnly = true)
    public BulletinContent preview(Actor actor, YearMonth month) {
        return compose(actor, scores.month(actor, month, false));
    }

    /** Generates the month's 通报 and archives it (replacing an earlier one of the same office and month). */
    public BulletinView generate(Actor actor, YearMonth month) {
        actor.require(Role.TOWN_ADMIN);
        BulletinContent content = preview(actor, month);
        Bulletin bulletin = repository.own(actor.organizationId(), month.toString())
                .orElseGet(() -> Bulletin.create(actor.organizationId(), actor.scopePath(), month.toString()));
        bulletin.archive(content, json.writeValueAsString(content), actor.displayName(), clock.instant());
        return view(repository.save(bulletin));
    }

    /** The archived 通报 of the month in the caller's subtree; 404 when none was generated. */
    @Transactional(readOnly = true)
    public BulletinView archived(Actor actor, YearMonth month) {
        return repository.inScope(actor.scopePattern(), month.toString()).map(this::view)
                .orElseThrow(() -> new NotFoundException(ENTITY, month));
    }

    /** Archived 通报 on one page of the archive (two years of one town's). */
    public static final int ARCHIVE_PAGE = 24;

    /**
     * One page of the archived 通报 of the caller's subtree, newest month first, with the number of all (a banner
     * archives one a month for each of its towns; none is cut).
     */
    @Transactional(readOnly = true)
    public com.carenext.shared.Paged<BulletinSummary> archive(Actor actor, int page) {
        List<BulletinSummary> rows = jdbc.sql("""
                        SELECT b.id, b.bulletin_month, b.document_number, b.title, o.name, b.generated_at, b.generated_by
                        FROM bulletin b JOIN organization o ON o.id = b.organization_id
                        WHERE b.organization_path LIKE :scope
                        ORDER BY b.bulletin_month DESC, b.id DESC OFFSET :offset ROWS FETCH FIRST :size ROWS ONLY""")
                .param("scope", actor.scopePattern())
                .param("offset", com.carenext.shared.Paged.offset(page, ARCHIVE_PAGE)).param("size", ARCHIVE_PAGE)
                .query((rs, n) -> new BulletinSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
        long all = jdbc.sql("SELECT COUNT(*) FROM bulletin WHERE organization_path LIKE :scope")
                .param("scope", actor.scopePattern()).query(Long.class).single();
        return new com.carenext.shared.Paged<>(rows, Math.max(0, page), ARCHIVE_PAGE, all);
    }

    private BulletinView view(Bulletin bulletin) {
        return new BulletinView(bulletin.getId(), bulletin.getBulletinMonth(), bulletin.getDocumentNumber(),
                bulletin.getTitle(), bulletin.getBody(), json.readValue(bulletin.getContent(), BulletinContent.class),
                bulletin.getGeneratedAt(), bulletin.getGeneratedBy());
    }

    BulletinContent compose(Actor actor, MonthStatistics statistics) {
        YearMonth month = statistics.month();
        String year = String.valueOf(month.getYear());
        String monthNumber = String.valueOf(month.getMonthValue());
        Map<OutletLevel, Integer> levels = statistics.adoptedByLevel();
        int points = statistics.organizations().stream().mapToInt(OrganizationScore::points).sum();
        String introduction = text("publicity.bulletin.intro", year, monthNumber,
                String.valueOf(statistics.submitted()), String.valueOf(statistics.adopted()),
                String.valueOf(levels.get(OutletLevel.NATIONAL)), String.valueOf(levels.get(OutletLevel.REGION)),
                String.valueOf(levels.get(OutletLevel.CITY)), String.valueOf(levels.get(OutletLevel.BANNER)),
                String.valueOf(levels.get(OutletLevel.TOWN)), String.valueOf(points));
        List<String> headers = List.of(text("publicity.bulletin.col.rank"), text("publicity.bulletin.col.organization"),
                text("publicity.bulletin.col.submitted"), text("publicity.bulletin.col.adopted"),
                text("publicity.bulletin.col.bannerOrAbove"), text("publicity.bulletin.col.points"),
                text("publicity.bulletin.col.quota"));
        List<List<String>> ranking = new ArrayList<>();
        for (OrganizationScore row : statistics.organizations()) {
            ranking.add(List.of(String.valueOf(row.rank()), row.organizationName(), String.valueOf(row.submitted()),
                    String.valueOf(row.adopted()), String.valueOf(row.bannerOrAbove()), String.valueOf(row.points()),
                    row.quota() == 0 ? "—" : text(row.quotaMet() ? "publicity.bulletin.met" : "publicity.bulletin.missed")));
        }
        List<OrganizationScore> missedRows = statistics.missedQuota();
        String missed = missedRows.isEmpty() ? text("publicity.bulletin.noneMissed")
                : text("publicity.bulletin.missedList", missedRows.stream()
                .map(row -> text("publicity.bulletin.missedItem", row.organizationName(),
                        String.valueOf(row.missing()), String.valueOf(row.penalty())))
                .collect(Collectors.joining("、")));
        List<String> notable = new ArrayList<>();
        int n = 0;
        for (NotableArticle article : statistics.notable()) {
            String outlets = article.publications().stream()
                    .map(p -> text("publicity.bulletin.outlet", p.outlet(), text(p.level().messageKey()),
                            com.carenext.shared.OfficialDocument.chineseDate(p.date())))
                    .collect(Collectors.joining("；"));
            notable.add(text("publicity.bulletin.notableItem", String.valueOf(++n), article.title(),
                    article.organizationName(), article.authors().isEmpty() ? "—" : article.authors(), outlets));
        }
        if (notable.isEmpty()) {
            notable.add(text("publicity.bulletin.noneNotable"));
        }
        return new BulletinContent(month.toString(), text("publicity.bulletin.title", year, monthNumber),
                text("publicity.bulletin.number", statistics.rules().rules().documentPrefix(), year, monthNumber),
                text("publicity.bulletin.addressees"), introduction, text("publicity.bulletin.rankingHeading"),
                headers, ranking, text("publicity.bulletin.missedHeading"), missed,
                text("publicity.bulletin.notableHeading"), notable, text("publicity.bulletin.closing"),
                actor.organizationName(), month.plusMonths(1).atDay(1));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DOCUMENT_LOCALE);
    }
}
