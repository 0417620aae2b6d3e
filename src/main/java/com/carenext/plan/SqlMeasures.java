package com.carenext.plan;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link MeasureSource} whose measures are SQL over the module's own tables. Each query may use
 * {@code {scope:column}} (the scope's condition on that path column), {@code :from}/{@code :to} (the year's first
 * day and the next year's), {@code :yearPrefix} ({@code "2023-%"}) and {@code :param} (the measure's parameter, or
 * null). A value query returns one number; a records query returns {@code ref}, {@code title} and {@code on_day}
 * (newest first), and optionally {@code place} and {@code photos}; the link is {@code link} formatted with {@code ref}.
 * The figures per unit ({@link #valuesByUnit}) run the same value query once, grouped by the unit's path cut from
 * the outer query's {@code {scope:column}}, so a value query names exactly one scope outside its sub-queries.
 */
public abstract class SqlMeasures implements MeasureSource {

    private static final int CHUNK = 250;
    /** Region → city → banner → town → 嘎查 → school: the deepest unit a region's scorecard groups. */
    private static final int MAX_LEVELS = 5;
    private static final Pattern SCOPE = Pattern.compile("\\{scope:([a-z_.]+)}");

    /** One measure: what it is, how to count it and how to list the records behind it. */
    public record Definition(Measure measure, String valueSql, String recordsSql, String link) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Definition> definitions;

    protected SqlMeasures(JdbcClient jdbc, List<Definition> definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions.stream().collect(Collectors.toMap(d -> d.measure().code(),
                Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public List<Measure> measures() {
        return definitions.values().stream().map(Definition::measure).toList();
    }

    @Override
    public long value(String code, MeasureScope scope, int year, Map<String, String> params) {
        Definition definition = definition(code);
        Number value = statement(definition.valueSql(), definition, scope, year, params).query(Number.class)
                .optional().orElse(0);
        return value == null ? 0 : value.longValue();
    }

    /**
     * One statement for all scopes (in chunks, so that a region's thousand towns stay within the parameter limits):
     * the value query once per scope as a scalar subquery, tagged with its position, joined by UNION ALL.
     */
    @Override
    public long[] values(String code, List<MeasureScope> scopes, int year, Map<String, String> params) {
        Definition definition = definition(code);
        long[] values = new long[scopes.size()];
        for (int start = 0; start < scopes.size(); start += CHUNK) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> scopeParams = new LinkedHashMap<>();
            for (int i = start; i < Math.min(scopes.size(), start + CHUNK); i++) {
                MeasureScope scope = scopes.get(i);
                String prefix = "s" + i + "_";
                String branch = SCOPE.matcher(definition.valueSql())
                        .replaceAll(match -> Matcher.quoteReplacement(scope.sql(match.group(1), prefix)));
                sql.append(i == start ? "" : " UNION ALL ").append("SELECT ").append(i).append(" AS k, (")
                        .append(branch).append(") AS v");
                scopeParams.putAll(scope.params(prefix));
            }
            bind(jdbc.sql(sql.toString()).params(scopeParams), definition, year, params)
                    .query(rs -> {
                        values[rs.getInt(1)] = rs.getLong(2);
                    });
        }
        return values;
    }

    @Override
    public Map<String, Long> valuesByUnit(String code, String parentPath, int levels, int year,
                                          Map<String, String> params) {
        if (levels < 1 || levels > MAX_LEVELS || !parentPath.startsWith("/") || !parentPath.endsWith("/")) {
            throw new IllegalArgumentException("units " + levels + " levels below " + parentPath);
        }
        Definition definition = definition(code);
        String sql = definition.valueSql();
        Matcher scope = SCOPE.matcher(sql);
        if (!scope.find() || !sql.regionMatches(true, 0, "SELECT ", 0, 7)) {
            throw new IllegalStateException("measure " + code + " cannot be grouped by unit");
        }
        String unit = unitPath(scope.group(1), parentPath.length(), levels);
        String grouped = "SELECT " + unit + " AS unit_path, " + sql.substring(7) + " GROUP BY " + unit;
        return statement(grouped, definition, new MeasureScope(List.of(parentPath)), year, params)
                .query((rs, row) -> Map.entry(rs.getString("unit_path"), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
    }

    /**
     * The SQL of a path column cut after {@code levels} more segments than the parent's ({@code /1/4/17/23/} under
     * {@code /1/4/} at one level: {@code /1/4/17/}); a path with fewer segments stays whole. Lengths are literals.
     */
    private static String unitPath(String column, int parentLength, int levels) {
        String length = String.valueOf(parentLength);
        for (int i = 0; i < levels; i++) {
            length = "(" + length + " + POSITION('/' IN SUBSTRING(" + column + ", " + length + " + 1)))";
        }
        return "SUBSTRING(" + column + ", 1, " + length + ")";
    }

    @Override
    public List<RecordLink> records(String code, MeasureScope scope, int year, Map<String, String> params, int limit) {
        Definition definition = definition(code);
        return statement(definition.recordsSql() + " LIMIT " + Math.max(0, limit), definition, scope, year, params)
                .query((rs, row) -> new RecordLink(rs.getString("title"),
                        rs.getDate("on_day") == null ? null : rs.getDate("on_day").toLocalDate(),
                        definition.link().formatted(rs.getString("ref")), optional(rs, "place"), photos(rs)))
                .list();
    }

    @Override
    public long recordCount(String code, MeasureScope scope, int year, Map<String, String> params) {
        Definition definition = definition(code);
        return statement("SELECT COUNT(*) FROM (" + definition.recordsSql() + ") records", definition, scope, year, params)
                .query(Long.class).single();
    }

    private static String optional(ResultSet rs, String column) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (column.equalsIgnoreCase(meta.getColumnLabel(i))) {
                return rs.getString(i);
            }
        }
        return null;
    }

    private static Integer photos(ResultSet rs) throws SQLException {
        String photos = optional(rs, "photos");
        return photos == null ? null : Integer.valueOf(photos);
    }

    private Definition definition(String code) {
        Definition definition = definitions.get(code);
        if (definition == null) {
            throw new IllegalArgumentException("unknown measure " + code);
        }
        return definition;
    }

    private JdbcClient.StatementSpec statement(String sql, Definition definition, MeasureScope scope, int year,
                                               Map<String, String> params) {
        Matcher matcher = SCOPE.matcher(sql);
        String scoped = matcher.replaceAll(match -> Matcher.quoteReplacement(scope.sql(match.group(1))));
        return bind(jdbc.sql(scoped).params(scope.params()), definition, year, params);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Definition definition, int year,
                                                 Map<String, String> params) {
        String param = definition.measure().param() == null ? null : params.get(definition.measure().param());
        return statement
                .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .param("yearPrefix", year + "-%")
                .param("param", param == null || param.isBlank() ? null : param);
    }
}
