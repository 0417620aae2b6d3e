package com.carenext.volunteer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts of the 五老 in a subtree: by category (a person may count in several), by age band, by home organization
 * and by status. Each is one grouped SQL query; nothing is counted in Java row by row.
 */
public record VolunteerStatistics(Map<Category, Integer> byCategory, Map<String, Integer> byAgeBand,
                                  Map<Long, Integer> byOrganization, int organizations,
                                  Map<VolunteerStatus, Integer> byStatus, int total) {

    /** The most units {@link #byOrganization} holds (the largest first); {@link #organizations} counts them all. */
    public static final int CHART_UNITS = 50;

    /** Age bands by their upper bound (exclusive); the last band is open. */
    static final String[] AGE_BANDS = {"under60", "60to69", "70to79", "80plus"};

    static VolunteerStatistics of(JdbcClient jdbc, String scopePattern, LocalDate today) {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        StringBuilder sums = new StringBuilder();
        for (Category category : Category.values()) {
            sums.append(sums.isEmpty() ? "" : ", ").append("SUM(CASE WHEN categories LIKE '%")
                    .append(category.name()).append("%' THEN 1 ELSE 0 END)");
        }
        jdbc.sql("SELECT " + sums + " FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE'")
                .param("scope", scopePattern)
                .query(rs -> {
                    for (Category category : Category.values()) {
                        byCategory.put(category, rs.getInt(category.ordinal() + 1));
                    }
                });
        Map<String, Integer> byAge = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT SUM(CASE WHEN birth_date > :d60 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN birth_date <= :d60 AND birth_date > :d70 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN birth_date <= :d70 AND birth_date > :d80 THEN 1 ELSE 0 END),
                               SUM(CASE WHEN birth_date <= :d80 THEN 1 ELSE 0 END)
                        FROM volunteer WHERE organization_path LIKE :scope AND status = 'ACTIVE'""")
                .param("scope", scopePattern)
                .param("d60", today.minusYears(60)).param("d70", today.minusYears(70)).param("d80", today.minusYears(80))
                .query(rs -> {
                    for (int i = 0; i < AGE_BANDS.length; i++) {
                        byAge.put(AGE_BANDS[i], rs.getInt(i + 1));
                    }
                });
        Map<Long, Integer> byOrganization = new LinkedHashMap<>();
        int[] organizations = {0};
        jdbc.sql("""
                        SELECT organization_id, COUNT(*) AS n, COUNT(*) OVER () AS units FROM volunteer
                        WHERE organization_path LIKE :scope AND status = 'ACTIVE'
                        GROUP BY organization_id ORDER BY n DESC, organization_id FETCH FIRST :chart ROWS ONLY""")
                .param("scope", scopePattern).param("chart", CHART_UNITS)
                .query(rs -> {
                    byOrganization.put(rs.getLong(1), rs.getInt(2));
                    organizations[0] = rs.getInt(3);
                });
        Map<VolunteerStatus, Integer> byStatus = new EnumMap<>(VolunteerStatus.class);
        for (VolunteerStatus status : VolunteerStatus.values()) {
            byStatus.put(status, 0);
        }
        jdbc.sql("SELECT status, COUNT(*) FROM volunteer WHERE organization_path LIKE :scope GROUP BY status")
                .param("scope", scopePattern)
                .query(rs -> {
                    byStatus.put(VolunteerStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new VolunteerStatistics(byCategory, byAge, byOrganization, organizations[0], byStatus,
                byStatus.getOrDefault(VolunteerStatus.ACTIVE, 0));
    }
}
