package com.carenext.patrol;

import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.shared.StaleEditException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patrol season of a year and how often each risk tier is patrolled; a town office sets it for its subtree. */
@Service
@Transactional
class Seasons {

    private static final RowMapper<Season> ROW = (rs, n) -> new Season(rs.getInt("season_year"),
            rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
            rs.getInt("red_per_week"), rs.getInt("yellow_per_week"), rs.getInt("green_per_week"),
            rs.getLong("version"));

    private final JdbcClient jdbc;
    private final SeasonPolicy policy = new SeasonPolicy();

    Seasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The season of a year for the actor: as set by the nearest organization at or above the actor's own, or the
     * standard one (June 1 – August 31; daily, three times a week, weekly).
     */
    @Transactional(readOnly = true)
    Season season(Actor actor, int year) {
        return jdbc.sql("""
                        SELECT * FROM patrol_season WHERE season_year = :y
                        AND CAST(:scope AS VARCHAR(500)) LIKE organization_path || '%'
                        ORDER BY LENGTH(organization_path) DESC FETCH FIRST 1 ROWS ONLY""")
                .param("y", year).param("scope", actor.scopePath())
                .query(ROW).optional().orElseGet(() -> Season.standard(year));
    }

    /** A town office sets the season for its subtree. */
    boolean mayConfigure(Actor actor) {
        return actor.has(Role.TOWN_ADMIN);
    }

    Season configure(Actor actor, Season season) {
        actor.require(Role.TOWN_ADMIN);
        policy.check(season);
        int updated = jdbc.sql("""
                        UPDATE patrol_season SET starts_on = :s, ends_on = :e, red_per_week = :r, yellow_per_week = :y,
                          green_per_week = :g, version = version + 1
                        WHERE organization_path = :path AND season_year = :year AND version = :v""")
                .params(params(season)).param("path", actor.scopePath()).param("v", season.version()).update();
        if (updated == 0) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM patrol_season WHERE organization_path = :path AND season_year = :y")
                    .param("path", actor.scopePath()).param("y", season.year()).query(Integer.class).single() > 0;
            if (exists) {
                throw new StaleEditException("PatrolSeason", season.year());
            }
            jdbc.sql("""
                            INSERT INTO patrol_season (organization_id, organization_path, season_year, starts_on, ends_on,
                              red_per_week, yellow_per_week, green_per_week, version)
                            VALUES (:org, :path, :year, :s, :e, :r, :y, :g, 0)""")
                    .params(params(season)).param("org", actor.organizationId()).param("path", actor.scopePath())
                    .update();
        }
        return season(actor, season.year());
    }

    private static Map<String, Object> params(Season season) {
        return Map.of("year", season.year(), "s", season.startsOn(), "e", season.endsOn(), "r", season.redPerWeek(),
                "y", season.yellowPerWeek(), "g", season.greenPerWeek());
    }
}
