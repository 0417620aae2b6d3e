package com.carenext.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Backup and restore of one deployment: its database and its files directory. */
class Backups {

    static final String FILES = "files/";

    private final DatabaseDump database;
    private final Path filesDirectory;
    private final ZoneId zone;
    private final String appVersion;

    Backups(DatabaseDump database, Path filesDirectory, ZoneId zone, String appVersion) {
        this.database = database;
        this.filesDirectory = filesDirectory;
        this.zone = zone;
        this.appVersion = appVersion;
    }

    Manifest backup(Path archive) {
        Path work = temporaryDirectory();
        try {
            Path dump = work.resolve(database.fileName());
            database.dump(dump);
            List<Archive.Source> sources = new ArrayList<>();
            sources.add(new Archive.Source(database.fileName(), dump));
            for (Path file : files()) {
                sources.add(new Archive.Source(FILES + filesDirectory.relativize(file).toString()
                        .replace('\\', '/'), file));
            }
            Manifest manifest = new Manifest(1, database.kind(), database.fileName(), appVersion,
                    ZonedDateTime.now(zone).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    zone.getId(), database.schemaVersion(), false,
                    "个人信息以 CARENEXT_DATA_KEY 加密存放，密钥不在本备份中，恢复时须使用同一密钥 / the data key is NOT"
                            + " in this archive; restore needs the same CARENEXT_DATA_KEY", List.of());
            return Archive.write(archive, manifest, sources);
        } finally {
            delete(work);
        }
    }

    Manifest restore(Path archive) {
        Path work = temporaryDirectory();
        try {
            Manifest manifest = Archive.extract(archive, work);
            if (!database.kind().equals(manifest.databaseKind())) {
                throw new BackupException("备份是 " + manifest.databaseKind() + " 数据库，目标是 " + database.kind()
                        + " / the archive holds a " + manifest.databaseKind() + " database");
            }
            String reason = database.notEmptyBecause();
            if (reason != null) {
                throw new BackupException("目标数据库不是空的（" + reason + "），拒绝恢复 / the target database is not"
                        + " empty (" + reason + "): restore only into a new, empty database");
            }
            if (!files().isEmpty()) {
                throw new BackupException("文件目录不是空的，拒绝恢复 / the files directory is not empty: "
                        + filesDirectory);
            }
            database.load(work.resolve(manifest.databaseFile()));
            for (Manifest.Entry entry : manifest.entries()) {
                if (entry.name().startsWith(FILES)) {
                    Path target = filesDirectory.resolve(entry.name().substring(FILES.length())).normalize();
                    Files.createDirectories(target.getParent());
                    Files.copy(work.resolve(entry.name()), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new BackupException("无法写入文件目录 / cannot write the files directory", e);
        } finally {
            delete(work);
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(filesDirectory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(filesDirectory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BackupException("无法读取文件目录 / cannot read the files directory", e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("carenext-backup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A temporary directory; the operating system clears it in the end.
        }
    }
}
