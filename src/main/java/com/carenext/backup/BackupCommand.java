package com.carenext.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The {@code backup} and {@code restore} commands of the jar. The settings come from the same places as the
 * application's (application.properties, {@code CARENEXT_*} environment variables, {@code --name=value} arguments),
 * read through a context that holds no bean of the application: no web server, no Flyway, no demo data.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** Whether the first argument names one of these commands. */
    public static boolean handles(String[] args) {
        return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    /** Runs the command and answers the process exit code (0 done, 1 refused or failed, 2 usage). */
    public static int run(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println("用法 / usage: java -jar carenext.jar backup|restore <文件.zip> [--name=value ...]");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 2, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommand.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(rest)) {
            Backups backups = backups(context.getEnvironment());
            Path file = Path.of(args[1]).toAbsolutePath();
            if ("backup".equals(args[0])) {
                Manifest manifest = backups.backup(file);
                System.out.println("备份完成 / backup written: " + file + " (" + manifest.entries().size() + " entries)");
            } else {
                Manifest manifest = backups.restore(file);
                System.out.println("恢复完成 / restored: " + file + "（数据库结构版本 schema "
                        + manifest.schemaVersion() + "）");
            }
            return 0;
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    static Backups backups(Environment environment) {
        return new Backups(new DatabaseDump(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", "")),
                Path.of(environment.getProperty("carenext.files.dir", "./data/files")).toAbsolutePath().normalize(),
                ZoneId.of(environment.getProperty("carenext.zone", "Asia/Shanghai")),
                appVersion());
    }

    private static String appVersion() {
        String version = BackupCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
