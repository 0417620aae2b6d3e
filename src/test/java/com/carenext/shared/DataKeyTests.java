package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.CareNextApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mock.env.MockEnvironment;

/** Without a configured data key a demo generates one and says so; anything else refuses to start, before Flyway. */
class DataKeyTests {

    @TempDir
    Path directory;

    @Test
    void aDemoWithoutAKeyGeneratesOneReadableOnlyByTheOwnerAndKeepsIt() throws Exception {
        Path file = directory.resolve("data.key");
        MockEnvironment environment = new MockEnvironment().withProperty("carenext.demo.enabled", "true")
                .withProperty("carenext.data.key-file", file.toString());
        PersonalData first = new DataKeys().personalData(environment);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        PersonalData second = new DataKeys().personalData(environment);
        assertThat(second.currentKeyId()).isEqualTo(first.currentKeyId());
        assertThat(second.open("phone", first.seal("phone", "13912345678"))).isEqualTo("13912345678");
    }

    @Test
    void withoutAKeyOutsideTheDemoNothingStarts() {
        assertThatThrownBy(() -> new DataKeys().personalData(new MockEnvironment()))
                .hasMessageContaining("CARENEXT_DATA_KEY");
        assertThatThrownBy(() -> new DataKeys().personalData(new MockEnvironment()
                .withProperty("carenext.data.key", "c2hvcnQ=")))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void theApplicationRefusesToStartWithoutAKeyBeforeAnyMigration() throws Exception {
        String url = "jdbc:h2:mem:nokey-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> new SpringApplicationBuilder(CareNextApplication.class)
                .properties("spring.datasource.url=" + url, "spring.datasource.username=sa",
                        "spring.datasource.password=", "carenext.demo.enabled=false", "carenext.data.key=",
                        "carenext.admin.password=Test-Root-2026", "server.port=0",
                        "carenext.files.dir=" + directory)
                .run())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e).getMessage())
                        .contains("CARENEXT_DATA_KEY"));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
            java.util.List<String> created = new java.util.ArrayList<>();
            while (tables.next()) {
                if ("PUBLIC".equals(tables.getString("TABLE_SCHEM"))) {
                    created.add(tables.getString("TABLE_NAME"));
                }
            }
            assertThat(created).as("tables created before the refusal").isEmpty();
        }
    }
}
