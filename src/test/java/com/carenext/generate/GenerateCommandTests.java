package com.carenext.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.carenext.CareNextApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The command as the jar runs it ({@code java -jar carenext.jar generate …}): its own application context, not a
 * test's. It once failed before generating anything, because a web module's bean was missing from a non-web context.
 */
class GenerateCommandTests {

    private static final String PASSWORD = "Bench-Gen-2026";

    @Test
    void theCommandGeneratesATownIntoANewDatabaseAndRefusesASecondRun() throws Exception {
        String url = "jdbc:h2:mem:command-" + UUID.randomUUID() + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        String[] args = {"generate", "--scale", "town", "--password=" + PASSWORD, "--spring.profiles.active=test",
                "--spring.datasource.url=" + url, "--logging.level.root=WARN"};
        try (Connection keepOpen = DriverManager.getConnection(url, "sa", "")) {
            assertThat(GenerateCommand.run(new SpringApplicationBuilder(CareNextApplication.class), args)).isZero();
            try (ResultSet row = keepOpen.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM volunteer), (SELECT COUNT(*) FROM generated_dataset)")) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(300);
                assertThat(row.getLong(2)).isEqualTo(1);
            }
            assertThat(GenerateCommand.run(new SpringApplicationBuilder(CareNextApplication.class), args))
                    .as("a database that holds data is refused").isEqualTo(1);
        }
    }

    @Test
    void withoutAScaleOrPasswordItTellsHowToUseIt() {
        assertThat(GenerateCommand.run(new SpringApplicationBuilder(CareNextApplication.class),
                new String[]{"generate", "--password=" + PASSWORD})).isEqualTo(2);
    }
}
