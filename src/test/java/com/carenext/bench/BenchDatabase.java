package com.carenext.bench;

import com.carenext.generate.GenerateCommand;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark's database: a new one (embedded PostgreSQL, or the server of {@code CARENEXT_TEST_PG_URL}) generated at
 * each run, or — with {@code -Dbench.db=jdbc:postgresql://host:port/name} ({@code -Dbench.db.user},
 * {@code -Dbench.db.password}, {@code -Dbench.password} for the generated accounts) — a database generated once and
 * reused: a region takes many minutes to generate, a view seconds to measure. The scale is generated into it only
 * if it does not hold that scale yet.
 */
final class BenchDatabase {

    static final String URL = System.getProperty("bench.db", "");

    private BenchDatabase() {
    }

    static boolean reused() {
        return !URL.isBlank();
    }

    /** The accounts' password: the benchmark's own, or that of the reused database's generation. */
    static String password(String fresh) {
        return System.getProperty("bench.password", fresh);
    }

    /** Application arguments that point it at the reused database. */
    static String[] arguments() {
        return new String[]{"--spring.datasource.url=" + URL,
                "--spring.datasource.username=" + System.getProperty("bench.db.user", "postgres"),
                "--spring.datasource.password=" + System.getProperty("bench.db.password", "")};
    }

    /** Generates the scale unless the database already holds it; prints what it has. */
    static void generate(ApplicationContext context, String scale, String password, String tag) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Long present = jdbc.queryForObject("SELECT COUNT(*) FROM generated_dataset WHERE scale = ?", Long.class, scale);
        if (present != null && present > 0) {
            System.out.printf("%n[%s] reusing %s (%s): %s%n", tag, URL, scale, jdbc.queryForObject(
                    "SELECT counts FROM generated_dataset WHERE scale = ? ORDER BY generated_at DESC LIMIT 1",
                    String.class, scale));
            return;
        }
        long started = System.nanoTime();
        Map<String, Long> counts = GenerateCommand.generate(context, scale, password);
        System.out.printf("%n[%s] generated %s in %.0f s: %s%n", tag, scale, (System.nanoTime() - started) / 1e9, counts);
    }
}
