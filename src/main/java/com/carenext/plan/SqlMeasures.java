package com.carenext.plan;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
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
 */
public abstract class SqlMeasures implements MeasureSource {

    private static final Pattern SCOPE = Pattern.compile("\\{scope:([a-z_.]+)}");

    /** One measure: what it is, how to count it and how to list the records behind it. */
    public record Definition(Measure measure, String valueSql, String recordsSql, String link) {
    }

    private final JdbcClient jdbc;
    private final Map<String, Definition> definitions;

    protected SqlMeasures(JdbcClient jdbc, List<Definition> definitions) {
        this.jdbc = jdbc;
        this.definitions = definitions.stream().collect(Collectors.toMap(d -> d.measure().code(),
                Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
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

    @Override
    public List<RecordLink> records(String code, MeasureScope scope, int year, Map<String, String> params, int limit) {
        Definition definition = definition(code);
        return statement(definition.recordsSql() + " LIMIT " + Math.max(0, limit), definition, scope, year, params)
                .query((rs, row) -> new RecordLink(rs.getString("title"),
                        rs.getDate("on_day") == null ? null : rs.getDate("on_day").toLocalDate(),
                        definition.link().formatted(rs.getString("ref")), optional(rs, "place"), photos(rs)))
                .list();
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
        String param = definition.measure().param() == null ? null : params.get(definition.measure().param());
        return jdbc.sql(scoped).params(scope.params())
                .param("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .param("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .param("yearPrefix", year + "-%")
                .param("param", param == null || param.isBlank() ? null : param);
    }
}
