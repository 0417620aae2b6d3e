package com.carenext.exports;

import com.carenext.security.CurrentActors;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.OnEveryInstance;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued exports on a bounded pool ({@code carenext.exports.workers}, 1 by default; 0 = this instance runs
 * none). A worker takes a job only by claiming it: {@code UPDATE ... SET status = 'RUNNING' WHERE id = ? AND status =
 * 'QUEUED'}, which one instance and one thread win, so no job runs twice. Queued jobs are picked up when one is
 * asked for here, and by a poll every {@code carenext.exports.poll-interval} (jobs asked on another instance, or
 * left by a restart). While it writes, a job records its rows every {@code carenext.exports.progress-rows} rows
 * (or every second) with a heartbeat; a running job whose heartbeat is older than {@code carenext.exports.stale-after}
 * belonged to an instance that died and is queued again.
 */
@Component
class ExportRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActors actors;
    private final ExportFilters filters;
    private final ExportFiles files;
    private final ApplicationEventPublisher events;
    private final Map<ExportKind, ExportSource<?>> sources;
    private final Semaphore free;
    private final ExecutorService workers;
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> daemon(r, "export-dispatch"));
    private final long progressRows;
    private final Duration staleAfter;
    private final String instance;
    private final TransactionTemplate progressWrites;

    ExportRunner(JdbcClient jdbc, Clock clock, CurrentActors actors, ExportFilters filters, ExportFiles files,
                 ApplicationEventPublisher events, List<ExportSource<?>> sources, PlatformTransactionManager transactions,
                 @Value("${carenext.exports.workers:1}") int workers,
                 @Value("${carenext.exports.progress-rows:5000}") long progressRows,
                 @Value("${carenext.exports.stale-after:PT10M}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
        this.filters = filters;
        this.files = files;
        this.events = events;
        this.sources = sources.stream().collect(Collectors.toMap(ExportSource::kind, Function.identity()));
        this.free = new Semaphore(Math.max(0, workers));
        this.workers = Executors.newFixedThreadPool(Math.max(1, workers), r -> daemon(r, "export-worker"));
        this.progressRows = Math.max(1, progressRows);
        this.staleAfter = staleAfter;
        this.progressWrites = new TransactionTemplate(transactions);
        this.progressWrites.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Looks for work now (a job was just queued here) rather than at the next poll. */
    void wake() {
        dispatcher.execute(this::poll);
    }

    /** Requeues the jobs of dead instances, then claims queued jobs while a worker is free. */
    @Scheduled(fixedDelayString = "${carenext.exports.poll-interval:PT5S}", initialDelayString = "PT5S")
    @OnEveryInstance("each job is claimed by UPDATE … WHERE status = 'QUEUED' (claim); every instance's workers help")
    synchronized void poll() {
        try {
            requeueStale();
            while (free.tryAcquire()) {
                Long claimed = claimNext();
                if (claimed == null) {
                    free.release();
                    return;
                }
                workers.execute(() -> {
                    try {
                        run(claimed);
                    } finally {
                        free.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Export poll failed: {}", e.toString());
        }
    }

    private Long claimNext() {
        List<Long> candidates = jdbc.sql("SELECT id FROM export_job WHERE status = 'QUEUED' ORDER BY id FETCH FIRST 5 ROWS ONLY")
                .query(Long.class).list();
        for (long id : candidates) {
            if (claim(id, instance)) {
                return id;
            }
        }
        return null;
    }

    /** Takes the job for {@code claimer} when it is still queued; false when another claimer was first. */
    boolean claim(long id, String claimer) {
        Timestamp now = now();
        return jdbc.sql("""
                        UPDATE export_job SET status = 'RUNNING', claimed_by = :claimer, started_at = :now,
                            heartbeat_at = :now, version = version + 1
                        WHERE id = :id AND status = 'QUEUED'""")
                .param("claimer", claimer).param("now", now).param("id", id).update() == 1;
    }

    int requeueStale() {
        return jdbc.sql("""
                        UPDATE export_job SET status = 'QUEUED', claimed_by = NULL, rows_written = 0,
                            version = version + 1
                        WHERE status = 'RUNNING' AND heartbeat_at < :stale""")
                .param("stale", Timestamp.valueOf(LocalDateTime.now(clock).minus(staleAfter))).update();
    }

    private record Job(long id, long owner, String username, String path, ExportKind kind, String filter,
                       Locale locale) {
    }

    /** Writes one claimed job to its file and marks it done, or failed with the reason in the owner's language. */
    void run(long id) {
        Job job = jdbc.sql("SELECT * FROM export_job WHERE id = :id").param("id", id)
                .query((rs, n) -> new Job(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("owner_username"),
                        rs.getString("organization_path"), ExportKind.valueOf(rs.getString("kind")),
                        rs.getString("filter_params"), Locale.forLanguageTag(rs.getString("locale")))).single();
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(job.locale());
        ExportFiles.Pending pending = null;
        try {
            // The owner as of now: a role or scope taken away since the job was asked for applies here.
            Actor actor = actors.byId(job.owner()).orElseThrow(() -> new AccessDeniedException("account gone"));
            if (!actor.scopePath().equals(job.path())) {
                throw new BusinessRuleException("export.failed.scopeChanged");
            }
            pending = files.create();
            long rows = write(sources.get(job.kind()), actor, job, pending);
            files.complete(pending);
            int updated = jdbc.sql("""
                            UPDATE export_job SET status = 'DONE', rows_written = :rows, file_name = :file,
                                finished_at = :now, version = version + 1
                            WHERE id = :id AND status = 'RUNNING' AND claimed_by = :me""")
                    .param("rows", rows).param("file", pending.name()).param("now", now()).param("id", id)
                    .param("me", instance).update();
            if (updated == 0) {
                // Requeued meanwhile as if this instance had died: the other run's file counts, not this one.
                files.delete(pending.name());
                return;
            }
            events.publishEvent(new ExportEvent(id, job.username(), job.path(), ExportEvent.DONE, true, null, rows));
        } catch (AccessDeniedException e) {
            fail(job, pending, "export.failed.refused");
        } catch (NotFoundException e) {
            fail(job, pending, "export.failed.notFound");
        } catch (BusinessRuleException e) {
            fail(job, pending, e.messageKey());
        } catch (Exception e) {
            log.error("Export {} failed", id, e);
            fail(job, pending, "export.failed.error");
        } finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    private <F> long write(ExportSource<F> source, Actor actor, Job job, ExportFiles.Pending pending) throws Exception {
        F filter = filters.bind(source.filterType(), filters.decode(job.filter()));
        source.check(actor, filter);
        source.total(actor, filter).ifPresent(total -> jdbc.sql("UPDATE export_job SET total_rows = :total WHERE id = :id")
                .param("total", total).param("id", job.id()).update());
        Progress progress = new Progress(job.id());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pending.partial()), 1 << 16)) {
            source.write(actor, filter, out, progress);
        }
        return progress.rows;
    }

    /** Records rows written and the heartbeat every few thousand rows, or at least once a second while rows come. */
    private final class Progress implements LongConsumer {
        private final long id;
        private long rows;
        private long recorded;
        private long recordedAt = System.nanoTime();

        Progress(long id) {
            this.id = id;
        }

        @Override
        public void accept(long written) {
            rows = written;
            long nanos = System.nanoTime();
            if (written - recorded >= progressRows || nanos - recordedAt >= 1_000_000_000L) {
                // In a transaction of its own: the module streams its rows inside a (read-only) transaction of its
                // own, and the page must see the progress now, not at its end.
                progressWrites.executeWithoutResult(status -> jdbc.sql(
                                "UPDATE export_job SET rows_written = :rows, heartbeat_at = :now WHERE id = :id AND claimed_by = :me")
                        .param("rows", written).param("now", now()).param("id", id).param("me", instance).update());
                recorded = written;
                recordedAt = nanos;
            }
        }
    }

    private void fail(Job job, ExportFiles.Pending pending, String reason) {
        if (pending != null) {
            files.deletePartial(pending);
        }
        jdbc.sql("""
                        UPDATE export_job SET status = 'FAILED', reason = :reason, finished_at = :now, version = version + 1
                        WHERE id = :id AND status = 'RUNNING' AND claimed_by = :me""")
                .param("reason", reason).param("now", now()).param("id", job.id()).param("me", instance).update();
        events.publishEvent(new ExportEvent(job.id(), job.username(), job.path(), ExportEvent.FAILED, false, reason, 0));
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(clock));
    }

    /** Stops taking jobs; a job cut off here is queued again for another instance (or the next start). */
    @Override
    public void destroy() {
        dispatcher.shutdownNow();
        workers.shutdownNow();
        try {
            jdbc.sql("UPDATE export_job SET status = 'QUEUED', claimed_by = NULL, rows_written = 0, version = version + 1 "
                    + "WHERE status = 'RUNNING' AND claimed_by = :me").param("me", instance).update();
        } catch (RuntimeException e) {
            log.warn("Could not give back running exports: {}", e.toString());
        }
    }
}
