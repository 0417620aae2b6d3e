package com.carenext.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the npm package, served to the page from the test's classpath) on every page a journey reaches, and the
 * 适老化 sizes measured in the browser: body text at least 18 px (22 px with 大字) and tap targets at least 44 × 44 px on phone pages.
 *
 * <p>A page is audited once per test run for each <em>kind</em> and <em>shape</em>: the kind is its path with ids
 * and query left out ({@code /plans/7?year=2023} → {@code /plans/{id}}), the shape the set of element tags, classes,
 * roles and types it shows (the same page with an error alert, a new badge or a dialog has a new shape and is audited
 * again). The journeys sign in 25 times and open the dashboard 23 times; auditing each again cost a fifth of their
 * time and could not find anything new. The test JVMs of one Maven run share what they audited through a file
 * under {@code target/axe/} named for that run ({@link #RUN_LEDGER}), so a page two JVMs reach is audited once.
 *
 * <p>axe runs only the rules that can report a serious or critical violation (a rule's impact is the highest of its
 * checks'), since only those fail a journey: the minor and moderate ones were a sixth of axe's work for nothing.
 */
final class Accessibility {

    /** {@code -Daxe.report=true}: print every finding of a journey and go on, to see them all in one run. */
    private static final boolean REPORT_ONLY = Boolean.getBoolean("axe.report");
    private static final String AXE = load();
    private static final String RUN = """
            var done = arguments[arguments.length - 1], everyRule = arguments[0];
            var grave = function (impact) { return impact === 'serious' || impact === 'critical'; };
            var rules = axe._audit.rules.filter(function (rule) {
              if (rule.enabled === false || (rule.tags || []).indexOf('experimental') >= 0) { return false; }
              var checks = rule.any.concat(rule.all, rule.none);
              return grave(rule.impact) || checks.length === 0 || checks.some(function (check) {
                var meta = axe._audit.data.checks[check.id];
                return !meta || !meta.impact || grave(meta.impact); });
            }).map(function (rule) { return rule.id; });
            axe.run(document, everyRule ? {resultTypes: ['violations']}
                : {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']}).then(function (result) {
              done(result.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                .map(function (v) { return v.id + ' (' + v.impact + ') ×' + v.nodes.length + ': '
                  + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | '); }));
            }, function (e) { done(['axe failed: ' + e]); });
            """;
    private static final String SIZES = """
            var problems = [];
            // 大字 raises the floor: body text at least 22 px
            var least = document.documentElement.classList.contains('large-font') ? 21.5 : 17.5;
            function visible(e) { var r = e.getBoundingClientRect(); var s = getComputedStyle(e);
              return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; }
            function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
              + ' "' + (e.textContent || e.value || '').trim().slice(0, 20) + '"'; }
            document.querySelectorAll('body *').forEach(function (e) {
              if (!visible(e) || e.closest('svg, script, style, .visually-hidden')) { return; }
              var own = Array.prototype.some.call(e.childNodes, function (n) {
                return n.nodeType === 3 && n.textContent.trim().length > 0; });
              var size = parseFloat(getComputedStyle(e).fontSize);
              if (own && size < least) { problems.push('text ' + size + 'px: ' + name(e)); }
            });
            document.querySelectorAll('a, button, input, select, textarea, summary, [role=button]').forEach(function (e) {
              if (!visible(e) || e.type === 'hidden') { return; }
              if (e.tagName === 'A' && !e.classList.contains('btn') && !e.classList.contains('nav-link')
                  && e.closest('p, td, li.list-group-item, .card-body, .breadcrumb') && !e.closest('nav')) { return; }
              var target = (e.type === 'checkbox' || e.type === 'radio') && e.closest('.form-check') ? e.closest('.form-check') : e;
              var r = target.getBoundingClientRect();
              if (r.width < 43.5 || r.height < 43.5) {
                problems.push('target ' + Math.round(r.width) + '×' + Math.round(r.height) + ': ' + name(e)); }
            });
            return problems;
            """;

    /** What every page of this JVM's journeys had in structure when it was audited: kind + shape. */
    private static final Set<String> AUDITED = ConcurrentHashMap.newKeySet();
    /**
     * The kinds and shapes audited by any test JVM of this Maven run, one digest a line, in the file pom.xml names
     * for the run ({@code -Daxe.ledger}); without it (a test started from an IDE) the JVM keeps its own.
     */
    private static final Path RUN_LEDGER = runLedger();
    private static final String SHAPE = """
            var kinds = {};
            document.querySelectorAll('*').forEach(function (e) {
              kinds[e.tagName + '.' + Array.prototype.slice.call(e.classList).sort().join('.')
                + '|' + (e.getAttribute('role') || '') + '|' + (e.getAttribute('type') || '')] = 1; });
            return Object.keys(kinds).sort().join(' ');
            """;

    private final WebDriver driver;

    Accessibility(WebDriver driver) {
        this.driver = driver;
    }

    /** axe on the page shown, once per kind and shape in a run; serious and critical violations fail the test. */
    void check() {
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith("http")) {
            return;
        }
        String kind = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "").replaceAll("/\\d+", "/{id}");
        String shape = (String) ((JavascriptExecutor) driver).executeScript(SHAPE);
        if (!firstInRun(kind + "\n" + shape)) {
            return;
        }
        List<String> violations = violations(false);
        if (REPORT_ONLY) {
            violations.forEach(v -> System.out.println("AXE " + url + " :: " + v));
            return;
        }
        assertThat(violations).as("axe serious/critical violations on " + url).isEmpty();
    }

    /** The serious and critical violations of the page shown: from the rules that can report them, or every rule. */
    @SuppressWarnings("unchecked")
    List<String> violations(boolean everyRule) {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeAsyncScript("if (!window.axe) {\n" + AXE + "\n}\n" + RUN, everyRule);
    }

    @SuppressWarnings("unchecked")
    void checkSizes() {
        List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(SIZES);
        if (REPORT_ONLY) {
            problems.forEach(p -> System.out.println("SIZE " + driver.getCurrentUrl() + " :: " + p));
            return;
        }
        assertThat(problems).as("18 px text and 44 px targets on " + driver.getCurrentUrl()).isEmpty();
    }

    /** True once per run for each key; the file lock keeps two JVMs from both taking a key. */
    private static synchronized boolean firstInRun(String key) {
        if (!AUDITED.add(key)) {
            return false;
        }
        String digest = digest(key);
        try (FileChannel channel = FileChannel.open(RUN_LEDGER, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            ByteBuffer all = ByteBuffer.allocate((int) channel.size());
            while (all.hasRemaining() && channel.read(all) >= 0) {
                // read to the end
            }
            if (new String(all.array(), StandardCharsets.US_ASCII).lines().anyMatch(digest::equals)) {
                return false;
            }
            channel.write(ByteBuffer.wrap((digest + "\n").getBytes(StandardCharsets.US_ASCII)), channel.size());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path runLedger() {
        String named = System.getProperty("axe.ledger", "");
        try {
            Path ledger = named.isBlank() ? Files.createTempFile("axe-audited", ".txt") : Path.of(named);
            Files.createDirectories(ledger.toAbsolutePath().getParent());
            return ledger;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String load() {
        try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
