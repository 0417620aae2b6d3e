package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible text of the interface comes from the message files: a template may hold no literal words, and
 * every key that templates and code use exists in Chinese and in English.
 */
class MessageKeysTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}A-Za-z]");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]+)<");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile(
            "(?<![:\\w-])(placeholder|title|alt|aria-label|value)=\"([^\"]*)\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg(?:WithParams)?\\('([A-Za-z0-9_.]+)'");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:BusinessRuleException|Flash\\.success|Flash\\.attempt|addFlashAttribute\\(\"failure\",|text|getMessage)\\(\\s*(?:redirect,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                String value = text.group(1).strip();
                if (!value.isEmpty() && LETTERS.matcher(value).find() && !value.startsWith("[[")) {
                    problems.add(TEMPLATES.relativize(template) + ": text \"" + value + "\"");
                }
            }
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                String value = attribute.group(2);
                boolean data = attribute.group(1).equals("value");
                if (LETTERS.matcher(value).find() && !(data && value.matches("[A-Za-z_]+"))
                        && !(data && value.matches("男|女"))) {
                    problems.add(TEMPLATES.relativize(template) + ": " + attribute.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertThat(problems).as("visible text must come from messages*.properties").isEmpty();
    }

    @Test
    void everyKeyUsedExistsInChineseAndEnglish() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            collect(TEMPLATE_KEY.matcher(html), used);
            collect(MSG_CALL.matcher(html), used);
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(CODE_KEY.matcher(Files.readString(source)), used);
            }
        }
        Properties chinese = bundle("");
        Properties english = bundle("_en");
        assertThat(used).isNotEmpty();
        assertThat(used.stream().filter(key -> !chinese.containsKey(key)).toList()).as("missing in Chinese").isEmpty();
        assertThat(used.stream().filter(key -> !english.containsKey(key)).toList()).as("missing in English").isEmpty();
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Properties chinese = bundle("");
        Properties english = bundle("_en");
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
    }

    /** messages.properties plus every module bundle under i18n/. */
    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        List<Path> files = new ArrayList<>();
        files.add(RESOURCES.resolve("messages" + suffix + ".properties"));
        Path modules = RESOURCES.resolve("i18n");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> list = Files.list(modules)) {
                list.filter(p -> suffix.isEmpty() ? !p.getFileName().toString().contains("_")
                                : p.getFileName().toString().endsWith(suffix + ".properties"))
                        .forEach(files::add);
            }
        }
        for (Path file : files) {
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static void collect(Matcher matcher, Set<String> keys) {
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
