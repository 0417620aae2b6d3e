package com.carenext.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.CommitteePost;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The restore drill: records and uploaded files made through the application are backed up, restored into a new
 * empty database and files directory, and compared table by table and file by file. A corrupt archive and a
 * non-empty target are refused with nothing written.
 */
@CareNextTest
@TestPropertySource(properties = "carenext.files.dir=target/backup-tests/source-files")
class BackupRestoreTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Environment environment;
    @Autowired
    DataSource dataSource;

    Path scratch = Path.of("target", "backup-tests", UUID.randomUUID().toString()).toAbsolutePath();

    @Test
    void aRestoredCopyHasEveryRowAndEveryFile() throws Exception {
        makeRecordsAndFiles();
        Backups source = BackupCommand.backups(settings());
        Path archive = scratch.resolve("nightly.zip");
        Manifest written = source.backup(archive);
        assertThat(written.dataKeyIncluded()).isFalse();
        assertThat(written.schemaVersion()).isNotEqualTo("none");
        assertThat(written.entries()).anyMatch(entry -> entry.name().startsWith("files/photos/"));

        Backups target = target(scratch.resolve("restored-files"));
        Manifest restored = target.restore(archive);

        assertThat(restored.entries()).isEqualTo(written.entries());
        Map<String, Long> rows = rowCounts(sourceDump());
        assertThat(rows).containsKeys("app_user", "organization", "activity", "audit_event");
        assertThat(rows.get("organization")).isGreaterThan(2);
        assertThat(rowCounts(targetDump)).isEqualTo(rows);
        assertThat(checksums(scratch.resolve("restored-files"))).isEqualTo(checksums(filesDirectory()))
                .isNotEmpty();
        assertThat(targetDump.schemaVersion()).isEqualTo(written.schemaVersion());
    }

    @Test
    void aCorruptArchiveIsRefusedAndNothingIsWritten() throws Exception {
        makeRecordsAndFiles();
        Path archive = scratch.resolve("good.zip");
        BackupCommand.backups(settings()).backup(archive);
        Path tampered = scratch.resolve("tampered.zip");
        try (ZipFile in = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("files/")) {
                    bytes[bytes.length / 2] ^= 1;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Path files = scratch.resolve("tampered-files");
        assertThatThrownBy(() -> target(files).restore(tampered)).isInstanceOf(BackupException.class)
                .hasMessageContaining("校验和不符");
        assertThat(targetDump.notEmptyBecause()).isNull();
        assertThat(files).doesNotExist();

        Path escaping = scratch.resolve("escaping.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(escaping))) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(("{\"format\":1,\"databaseKind\":\"h2\",\"dataKeyIncluded\":false,"
                    + "\"databaseFile\":\"database.sql\",\"entries\":"
                    + "[{\"name\":\"files/../../evil.txt\",\"size\":1,\"sha256\":\"x\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> target(files).restore(escaping)).hasMessageContaining("不安全的条目名");
        assertThat(targetDump.notEmptyBecause()).isNull();

        Path bomb = scratch.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("database.sql"));
            out.write(new byte[64 * 1024 * 1024]);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(("{\"format\":1,\"databaseKind\":\"h2\",\"dataKeyIncluded\":false,"
                    + "\"databaseFile\":\"database.sql\",\"entries\":"
                    + "[{\"name\":\"database.sql\",\"size\":10,\"sha256\":\"x\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> target(files).restore(bomb)).hasMessageContaining("校验和不符");
        assertThat(targetDump.notEmptyBecause()).isNull();
        assertThat(files).doesNotExist();
    }

    @Test
    void aNonEmptyDatabaseOrFilesDirectoryIsRefused() throws Exception {
        makeRecordsAndFiles();
        Path archive = scratch.resolve("again.zip");
        Backups source = BackupCommand.backups(settings());
        source.backup(archive);
        assertThatThrownBy(() -> source.restore(archive)).isInstanceOf(BackupException.class)
                .hasMessageContaining("目标数据库不是空的");

        Path files = scratch.resolve("busy-files");
        Files.createDirectories(files.resolve("photos"));
        Files.writeString(files.resolve("photos/keep.txt"), "已有文件");
        assertThatThrownBy(() -> target(files).restore(archive)).hasMessageContaining("文件目录不是空的");
        assertThat(targetDump.notEmptyBecause()).isNull();
        assertThat(Files.readString(files.resolve("photos/keep.txt"))).isEqualTo("已有文件");
    }

    // --- the target: a new, empty database of the same kind ---

    DatabaseDump targetDump;

    @BeforeEach
    void newTarget() throws Exception {
        targetDump = emptyDatabase();
    }

    DatabaseDump emptyDatabase() throws Exception {
        return new DatabaseDump("jdbc:h2:mem:restore-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    }

    Backups target(Path files) {
        return new Backups(targetDump, files, ZoneId.of("Asia/Shanghai"), "test");
    }

    /** The application's settings, with the URL the context really uses (the test URL has a random part). */
    MockEnvironment settings() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        return new MockEnvironment().withProperty("spring.datasource.url", hikari.getJdbcUrl())
                .withProperty("spring.datasource.username", hikari.getUsername())
                .withProperty("spring.datasource.password", hikari.getPassword() == null ? "" : hikari.getPassword())
                .withProperty("carenext.files.dir", environment.getProperty("carenext.files.dir"));
    }

    DatabaseDump sourceDump() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        return new DatabaseDump(hikari.getJdbcUrl(), hikari.getUsername(),
                hikari.getPassword() == null ? "" : hikari.getPassword());
    }

    Path filesDirectory() {
        return Path.of(environment.getProperty("carenext.files.dir")).toAbsolutePath().normalize();
    }

    /** Some people, an activity with a photo uploaded through the page, and an attachment-like file. */
    void makeRecordsAndFiles() throws Exception {
        Fixtures.Town world = fixtures.town();
        fixtures.member(world.officeActor(), world.villageA(), "张建国", CommitteePost.DIRECTOR);
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "DROWNING_PREVENTION_TALK").param("title", "暑期防溺水宣讲会")
                        .param("startsAt", "2026-07-02T15:00").param("youths", "80").param("parents", "12")
                        .param("others", "3").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long activityId;
        try (Connection connection = sourceDump().connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT max(id) FROM activity")) {
            row.next();
            activityId = row.getLong(1);
        }
        mvc.perform(multipart("/activities/" + activityId + "/photos")
                        .file(new MockMultipartFile("photo", "talk.jpg", "image/jpeg", jpeg()))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(Files.list(filesDirectory().resolve("photos"))).isNotEmpty();
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x % 48, 0x2a6f97);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static Map<String, Long> rowCounts(DatabaseDump database) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect();
             ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                     new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                try (Statement statement = connection.createStatement();
                     ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + name + "\"")) {
                    count.next();
                    counts.put(name.toLowerCase(), count.getLong(1));
                }
            }
        }
        return counts;
    }

    static Map<String, String> checksums(Path directory) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(directory.relativize(file).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return sums;
    }
}
