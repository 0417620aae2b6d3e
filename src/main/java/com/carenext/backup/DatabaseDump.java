package com.carenext.backup;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The database of one deployment, dumped and loaded with its own tools: H2 with {@code SCRIPT TO} and
 * {@code RUNSCRIPT FROM} over the configured JDBC URL; PostgreSQL with {@code pg_dump --format=custom} and
 * {@code pg_restore}, found on the PATH.
 */
class DatabaseDump {

    private final String url;
    private final String user;
    private final String password;

    DatabaseDump(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    String kind() {
        if (url.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new BackupException("不支持的数据库地址 / unsupported database URL: " + url);
    }

    String fileName() {
        return "h2".equals(kind()) ? "database.sql" : "database.dump";
    }

    /** Writes the whole database into {@code file}. */
    void dump(Path file) {
        if ("h2".equals(kind())) {
            execute("SCRIPT TO '" + quoted(file) + "'");
        } else {
            run(List.of(tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                    "--file=" + file), file);
        }
    }

    /** Loads a dump written by {@link #dump} into this (empty) database. */
    void load(Path file) {
        if ("h2".equals(kind())) {
            execute("RUNSCRIPT FROM '" + quoted(file) + "'");
        } else {
            run(List.of(tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                    "--single-transaction", file.toString()), null);
        }
    }

    /** The Flyway version the database is at, or "none". */
    String schemaVersion() {
        try (Connection connection = connect()) {
            if (table(connection, "flyway_schema_history") == null) {
                return "none";
            }
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT \"version\" FROM " + table(connection, "flyway_schema_history")
                            + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
                return rows.next() ? rows.getString(1) : "none";
            }
        } catch (SQLException e) {
            throw new BackupException("无法读取数据库 / cannot read the database", e);
        }
    }

    /** Why this database is not empty (Flyway history, or a row in app_user or organization), or null. */
    String notEmptyBecause() {
        try (Connection connection = connect()) {
            if (table(connection, "flyway_schema_history") != null) {
                return "flyway_schema_history";
            }
            for (String name : List.of("app_user", "organization")) {
                String table = table(connection, name);
                if (table != null) {
                    try (Statement statement = connection.createStatement();
                         ResultSet rows = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                        if (rows.next()) {
                            return name;
                        }
                    }
                }
            }
            return null;
        } catch (SQLException e) {
            throw new BackupException("无法连接数据库 / cannot connect to the database", e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The quoted name of a table in the current schema, in whatever case the database keeps it, or null. */
    static String table(Connection connection, String name) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), candidate, null)) {
                if (tables.next()) {
                    return "\"" + candidate + "\"";
                }
            }
        }
        return null;
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BackupException("数据库操作失败（H2 文件数据库须先停止应用，或在地址中加 AUTO_SERVER=TRUE）"
                    + " / H2 failed (stop the app first, or use AUTO_SERVER=TRUE)", e);
        }
    }

    private void run(List<String> tool, Path output) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(tool);
        command.addAll(List.of("--host=" + (uri.getHost() == null ? "localhost" : uri.getHost()),
                "--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()), "--username=" + user,
                "--dbname=" + uri.getPath().substring(1)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        builder.environment().put("PGCONNECT_TIMEOUT", "10");
        try {
            Process process = builder.start();
            byte[] log = process.getInputStream().readAllBytes();
            if (!process.waitFor(6, TimeUnit.HOURS) || process.exitValue() != 0) {
                throw new BackupException(command.get(0) + " 失败 / failed: "
                        + new String(log, StandardCharsets.UTF_8).strip());
            }
            if (output != null && !Files.isRegularFile(output)) {
                throw new BackupException(command.get(0) + " 未写出文件 / wrote no file");
            }
        } catch (IOException e) {
            throw new BackupException(command.get(0) + " 无法运行 / cannot run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(command.get(0) + " 被中断 / interrupted", e);
        }
    }

    /** A PostgreSQL client tool on the PATH (Debian: {@code apt-get install postgresql-client}). */
    static String tool(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String directory : path.split(File.pathSeparator)) {
                Path candidate = Path.of(directory, name);
                if (!directory.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new BackupException("找不到 " + name + "：PostgreSQL 的备份与恢复需要 PostgreSQL 客户端工具（"
                + "如 apt-get install postgresql-client），且版本不低于数据库服务器 / " + name
                + " not found on PATH: install the PostgreSQL client tools (postgresql-client), at least the"
                + " server's version");
    }

    private static String quoted(Path file) {
        return file.toAbsolutePath().toString().replace("'", "''");
    }
}
