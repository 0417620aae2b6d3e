package com.carenext.activity;

import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures over the activity ledger, counted in SQL: each activity once, however many of the caller's units ran it. */
@Service
@Transactional(readOnly = true)
public class ActivityFigures {

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final LedgerScope ledger;

    ActivityFigures(JdbcClient jdbc, Organizations organizations, LedgerScope ledger) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.ledger = ledger;
    }

    /** How many activities the filter matches (once per export, for its progress bar; the list never counts). */
    long count(Actor actor, ActivityFilter filter) {
        actor.require(Activities.READERS);
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM activity a WHERE " + ledger.where(actor, filter, params)).params(params)
                .query(Long.class).single();
    }

    /** How many activities of a type the caller's subtree held in a period (each once), e.g. 防溺水宣讲. */
    public int count(Actor actor, ActivityType type, LocalDate from, LocalDate to) {
        actor.require(Activities.READERS);
        Map<String, Object> params = new HashMap<>();
        String where = ledger.where(actor, new ActivityFilter(type, from, to, null, null), params);
        return jdbc.sql("SELECT COUNT(*) FROM activity a WHERE " + where).params(params).query(Integer.class).single();
    }

    public ActivityStatistics statistics(Actor actor, int year) {
        return statistics(actor, year, true);
    }

    /**
     * The year's counts in one scan of the ledger grouped by month and type (totals, months and types are summed from
     * those few rows), and, when asked, a second grouped by organization. The dashboard leaves the second out: at a
     * banner's or region's size each scan of the year's activities is what a view waits for.
     */
    public ActivityStatistics statistics(Actor actor, int year, boolean byOrganizations) {
        actor.require(Activities.READERS);
        Map<String, Object> params = new HashMap<>();
        String where = ledger.where(actor, new ActivityFilter(null, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                null, null), params);
        // The scope's own activities and its partners' as two branches: "own OR EXISTS partner" in one WHERE cannot
        // use the path index, so a town's figures read the whole region's year (4.5 s instead of 4 ms at region scale).
        String filters = where.substring(LedgerScope.VISIBLE.length());
        String from = " FROM (SELECT a.* FROM activity a WHERE a.organization_path LIKE :scope" + filters
                + " UNION ALL SELECT a.* FROM activity a WHERE NOT (a.organization_path LIKE :scope) AND EXISTS ("
                + "SELECT 1 FROM activity_partner vp WHERE vp.activity_id = a.id AND vp.organization_path LIKE :scope)"
                + filters + ") a";
        // joint activities by one hashed join with the partner table, not one EXISTS probe per activity
        String joint = from + " LEFT JOIN (SELECT DISTINCT activity_id FROM activity_partner) jp"
                + " ON jp.activity_id = a.id";
        record Cell(int month, String type, int activities, long youths, long parents, long others, int joint) {
        }
        List<Cell> cells = jdbc.sql("""
                        SELECT CAST(EXTRACT(MONTH FROM a.starts_at) AS INT), a.activity_type, COUNT(*),
                          COALESCE(SUM(a.youths), 0), COALESCE(SUM(a.parents), 0), COALESCE(SUM(a.others), 0),
                          COALESCE(SUM(CASE WHEN jp.activity_id IS NULL THEN 0 ELSE 1 END), 0)""" + joint
                        + " GROUP BY CAST(EXTRACT(MONTH FROM a.starts_at) AS INT), a.activity_type")
                .params(params)
                .query((rs, n) -> new Cell(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getInt(7)))
                .list();
        Map<Integer, long[]> months = new java.util.TreeMap<>();
        Map<String, long[]> types = new HashMap<>();
        for (Cell cell : cells) {
            long[] month = months.computeIfAbsent(cell.month(), m -> new long[2]);
            month[0] += cell.activities();
            month[1] += cell.youths();
            long[] type = types.computeIfAbsent(cell.type(), t -> new long[2]);
            type[0] += cell.activities();
            type[1] += cell.youths();
        }
        List<ActivityStatistics.Row> byMonth = months.entrySet().stream().map(e -> new ActivityStatistics.Row(
                String.format("%d-%02d", year, e.getKey()), (int) e.getValue()[0], e.getValue()[1])).toList();
        // most activities first, then by type code: the order the grouped query had
        List<ActivityStatistics.Row> byType = types.entrySet().stream().map(e -> new ActivityStatistics.Row(
                        e.getKey(), (int) e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparingInt(ActivityStatistics.Row::activities).reversed()
                        .thenComparing(ActivityStatistics.Row::key)).toList();
        List<ActivityStatistics.Row> byOrganization = List.of();
        if (byOrganizations) {
            List<ActivityStatistics.Row> byId = grouped("a.organization_id", from, params, "2 DESC, 1");
            Map<Long, String> names = organizations.names(byId.stream().map(row -> Long.valueOf(row.key())).toList());
            byOrganization = byId.stream().map(row -> new ActivityStatistics.Row(
                    names.getOrDefault(Long.valueOf(row.key()), row.key()), row.activities(), row.youths())).toList();
        }
        return new ActivityStatistics(year, cells.stream().mapToInt(Cell::activities).sum(),
                cells.stream().mapToInt(Cell::joint).sum(), cells.stream().mapToLong(Cell::youths).sum(),
                cells.stream().mapToLong(Cell::parents).sum(), cells.stream().mapToLong(Cell::others).sum(), byMonth,
                byType, byOrganization);
    }

    /** Activities and youths grouped by one expression, counted in SQL. */
    private List<ActivityStatistics.Row> grouped(String expression, String from, Map<String, Object> params,
                                                 String order) {
        return jdbc.sql("SELECT " + expression + ", COUNT(*), COALESCE(SUM(a.youths), 0)" + from + " GROUP BY "
                        + expression + " ORDER BY " + order)
                .params(params)
                .query((rs, n) -> new ActivityStatistics.Row(rs.getString(1), rs.getInt(2), rs.getLong(3))).list();
    }
}
