package com.carenext.generate;

import com.carenext.security.Accounts;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code generate} command of the jar: {@code java -jar carenext.jar generate --scale town|banner|region
 * --password=…}. It starts the application without a listening web server (so Flyway, the key and the first accounts are
 * exactly as the application has them), loads the dataset and stops. The settings come from the same places as the
 * application's ({@code CARENEXT_DB_URL} etc.); the generator's own connection has no query or read time-out
 * ({@link Steps}). The password is that of the three accounts it creates
 * ({@code bench_office}, {@code bench_auditor}, {@code bench_manager}) and must meet the password rules.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && "generate".equals(args[0]);
    }

    /** Runs the command on the given application and answers the process exit code (0 done, 1 refused, 2 usage). */
    public static int run(SpringApplicationBuilder application, String[] args) {
        String scale = null;
        String password = System.getenv("CARENEXT_BENCH_PASSWORD");
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--scale") && i + 1 < args.length) {
                scale = args[++i];
            } else if (args[i].startsWith("--scale=")) {
                scale = args[i].substring("--scale=".length());
            } else if (args[i].startsWith("--password=")) {
                password = args[i].substring("--password=".length());
            } else {
                rest.add(args[i]);
            }
        }
        if (scale == null || password == null || password.isBlank()) {
            System.err.println("用法 / usage: java -jar carenext.jar generate --scale town|banner|region "
                    + "--password=<测试账号密码> [--name=value ...]");
            return 2;
        }
        rest.add("--carenext.demo.enabled=false");
        // The application's own context (web beans included: some modules need Spring MVC's conversion service),
        // without a listening server: port -1 starts no connector.
        rest.add("--server.port=-1");
        try (ConfigurableApplicationContext context = application.web(WebApplicationType.SERVLET)
                .run(rest.toArray(String[]::new))) {
            Map<String, Long> counts = generate(context, Scale.parse(scale), password);
            System.out.println("生成完成 / generated " + scale + ": " + counts);
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    /** Generates into the database of a running application (the command above, and tests). */
    public static Map<String, Long> generate(ApplicationContext context, String scale, String password) {
        return generate(context, Scale.parse(scale), password);
    }

    private static Map<String, Long> generate(ApplicationContext context, Scale scale, String password) {
        DataSource dataSource = context.getBean(DataSource.class);
        try (Steps steps = Steps.open(dataSource, postgres(dataSource))) {
            return new Generator(steps, context.getBean(Accounts.class), context.getBean(Clock.class))
                    .generate(scale, password);
        }
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
