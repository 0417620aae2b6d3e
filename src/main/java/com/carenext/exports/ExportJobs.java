package com.carenext.exports;

import com.carenext.shared.Actor;
import com.carenext.shared.BadRequestException;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * Asking for exports and reading them back. A job is only queued after its module accepted the filter for the
 * actor (a refusal answers the request itself); a job is only seen by its owner while the owner's scope still
 * covers the organization path it was asked in, so another user or organization gets a 404.
 */
@Service
class ExportJobs {

    static final String ENTITY = "ExportJob";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExportFilters filters;
    private final Map<ExportKind, ExportSource<?>> sources;
    private final ExportRunner runner;
    private final ExportFiles files;
    private final ApplicationEventPublisher events;

    ExportJobs(JdbcClient jdbc, Clock clock, ExportFilters filters, List<ExportSource<?>> sources, ExportRunner runner,
               ExportFiles files, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.filters = filters;
        this.sources = sources.stream().collect(Collectors.toMap(ExportSource::kind, Function.identity()));
        this.runner = runner;
        this.files = files;
        this.events = events;
    }

    /** Checks the filter with the owning module, queues the job and wakes a worker; returns the queued job. */
    ExportJob request(Actor actor, ExportKind kind, Map<String, String> filter) {
        ExportSource<?> source = source(kind);
        String query = filters.encode(filter);
        check(source, actor, query);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO export_job (owner_id, owner_username, organization_path, kind, filter_params, locale,
                            status, created_at)
                        VALUES (:owner, :username, :path, :kind, :filter, :locale, 'QUEUED', :now)""")
                .param("owner", actor.userId()).param("username", actor.username()).param("path", actor.scopePath())
                .param("kind", kind.name()).param("filter", query)
                .param("locale", LocaleContextHolder.getLocale().toLanguageTag())
                .param("now", Timestamp.valueOf(LocalDateTime.now(clock))).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        runner.wake();
        return get(actor, id);
    }

    private <F> void check(ExportSource<F> source, Actor actor, String query) {
        source.check(actor, filters.bind(source.filterType(), filters.decode(query)));
    }

    ExportSource<?> source(ExportKind kind) {
        ExportSource<?> source = sources.get(kind);
        if (source == null) {
            throw new BadRequestException("export.badKind");
        }
        return source;
    }

    /** One of the actor's own jobs; 404 for anyone else's or one asked in a scope the actor no longer covers. */
    ExportJob get(Actor actor, long id) {
        return jdbc.sql("SELECT * FROM export_job WHERE id = :id AND owner_id = :owner AND organization_path LIKE :scope")
                .param("id", id).param("owner", actor.userId()).param("scope", actor.scopePattern())
                .query(ExportJobs::map).optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The actor's own jobs, newest first: at most a day's worth, since older ones are purged. */
    List<ExportJob> mine(Actor actor) {
        return jdbc.sql("""
                        SELECT * FROM export_job WHERE owner_id = :owner AND organization_path LIKE :scope
                        ORDER BY id DESC""")
                .param("owner", actor.userId()).param("scope", actor.scopePattern()).query(ExportJobs::map).list();
    }

    /** The finished file of one of the actor's own jobs, with its download name; audited as a download. */
    Download file(Actor actor, long id) {
        ExportJob job = get(actor, id);
        if (job.status() != ExportStatus.DONE) {
            throw new BusinessRuleException("export.notReady");
        }
        String name = jdbc.sql("SELECT file_name FROM export_job WHERE id = :id").param("id", id)
                .query(String.class).single();
        Path path = files.done(name).orElseThrow(() -> new BusinessRuleException("export.gone"));
        events.publishEvent(new ExportEvent(id, actor.username(), actor.scopePath(), ExportEvent.DOWNLOAD, true, null,
                job.rowsWritten()));
        return new Download(path, source(job.kind()).fileName() + ".xlsx");
    }

    record Download(Path path, String fileName) {
    }

    static ExportJob map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExportJob(rs.getLong("id"), ExportKind.valueOf(rs.getString("kind")),
                ExportStatus.valueOf(rs.getString("status")), rs.getLong("rows_written"),
                rs.getObject("total_rows", Long.class), rs.getString("reason"),
                rs.getTimestamp("created_at").toLocalDateTime(), finished == null ? null : finished.toLocalDateTime());
    }
}
