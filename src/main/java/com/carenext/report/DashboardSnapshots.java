package com.carenext.report;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The dashboards of the organizations above a town (banner, city, region), kept and counted again in the background.
 * Such a view aggregates the year of every town below (≈ 5 s of PostgreSQL for a region's 10 M records), its figures
 * move slowly and its readers are few. A dashboard viewed in the last day is counted again every refresh interval
 * on a thread of its own, one at a time, and a view answers at once with the last count (a view that finds it older
 * than the interval also asks for a new count); only the first view in a day is counted for its request. The page
 * and the API say when the figures were counted ({@link DashboardFigures#computedAt()}). A town and the units below
 * it are always counted for the request. Each instance keeps its own snapshots.
 */
@Component
class DashboardSnapshots {

    /** Whose figures: the organization (its name and path, so that a renamed or moved one is computed anew),
     * the year, the roles and the language they are shown in. Not the user: the figures are the organization's. */
    record Key(long organizationId, String organizationName, String organizationPath, int year, Set<Role> roles,
               Locale locale) {

        /** The organization's own reader: what every user who may see it would be shown. */
        Actor viewer() {
            return new Actor(0, "dashboard", organizationName, organizationId, organizationName, organizationPath,
                    roles);
        }
    }

    /** How long a dashboard nobody looks at is still counted again: a working day and the night after it. */
    static final Duration KEPT_UNVIEWED = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(DashboardSnapshots.class);

    private final Dashboard dashboard;
    private final Organizations organizations;
    private final Duration refresh;
    private final LoadingCache<Key, DashboardFigures> kept;
    private final Executor refresher;

    @Autowired
    DashboardSnapshots(Dashboard dashboard, Organizations organizations,
                       @Value("${carenext.dashboard.above-town-refresh:10m}") Duration refresh) {
        this(dashboard, organizations, refresh, Ticker.systemTicker(), Executors.newSingleThreadScheduledExecutor(
                task -> {
                    Thread thread = new Thread(task, "dashboard-refresh");
                    thread.setDaemon(true);
                    return thread;
                }));
        if (kept != null && refresher instanceof ScheduledExecutorService scheduler) {
            scheduler.scheduleWithFixedDelay(this::recountViewed, refresh.toMillis(),
                    refresh.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    DashboardSnapshots(Dashboard dashboard, Organizations organizations, Duration refresh, Ticker ticker,
                       Executor refresher) {
        this.dashboard = dashboard;
        this.organizations = organizations;
        this.refresh = refresh;
        this.refresher = refresher;
        this.kept = refresh.isZero() ? null : Caffeine.newBuilder()
                .refreshAfterWrite(refresh)
                .expireAfterAccess(KEPT_UNVIEWED)
                .maximumSize(2_000)
                .ticker(ticker)
                .executor(refresher)
                .build(new CacheLoader<>() {
                    @Override
                    public DashboardFigures load(Key key) {
                        return compute(key);
                    }

                    @Override
                    public DashboardFigures reload(Key key, DashboardFigures counted) {
                        try {
                            return compute(key);
                        } catch (RuntimeException e) {
                            // Moved, renamed or gone (views now use another key), or the database is away: the old
                            // count is let go rather than shown for a day; the next view counts for itself.
                            log.warn("Dashboard of organization {} ({}) not counted again, snapshot dropped: {}",
                                    key.organizationId(), key.year(), e.toString());
                            return null;
                        }
                    }
                });
    }

    /**
     * The dashboard of the organization (the actor's own when null) for the year; 404 outside the actor's subtree,
     * checked on every request, before any snapshot is looked at.
     */
    DashboardFigures figures(Actor actor, Long organizationId, int year) {
        actor.require(Dashboard.READERS);
        OrganizationSummary organization = organizations.get(actor,
                organizationId == null ? actor.organizationId() : organizationId);
        if (kept == null || !Dashboard.isAboveTown(organization.type())) {
            return dashboard.figuresOf(actor, organization, year);
        }
        return kept.get(new Key(organization.id(), organization.name(), organization.path(), year, actor.roles(),
                LocaleContextHolder.getLocale()));
    }

    /** Counts every kept dashboard again (on the refreshing thread, one after the other); every interval. */
    void recountViewed() {
        kept.refreshAll(List.copyOf(kept.asMap().keySet()));
    }

    /** Ends the refreshing thread (one counting in progress is abandoned) with the application. */
    @PreDestroy
    void stop() {
        if (refresher instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }

    /** Computes a snapshot, also on the refreshing thread, where the request's language is not set. */
    private DashboardFigures compute(Key key) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(key.locale());
        try {
            return dashboard.figures(key.viewer(), key.organizationId(), key.year()).keptFor(refresh);
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
