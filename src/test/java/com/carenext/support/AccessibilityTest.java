package com.carenext.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journeys' axe check runs only the rules that can report a serious or critical violation: on a page with many
 * kinds of fault it must find exactly what every rule finds (the check keeps only serious and critical ones either way).
 */
class AccessibilityTest {

    private static final String FAULTY = """
            <!doctype html><html><head><meta charset="utf-8"><title>坏页面</title></head><body>
            <main>
              <h1>演示</h1>
              <img src="x.png">
              <button></button>
              <input type="text">
              <p style="color:#bbb;background:#fff">对比度太低的文字</p>
              <a href="/x"></a>
              <div role="checkbox"></div>
              <select><option>一</option></select>
              <ul><div>不该在列表里</div></ul>
              <div id="a" aria-labelledby="missing" role="button"></div>
              <iframe src="about:blank"></iframe>
              <table><tr><th scope="wrong">表头</th></tr></table>
            </main></body></html>
            """;

    @Test
    void theGraveRulesFindWhatEveryRuleFindsOnAFaultyPage() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = FAULTY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (Browser browser = Browser.open(server.getAddress().getPort(), 1280, 900)) {
            browser.go("/faulty");
            Accessibility axe = new Accessibility(browser.driver());
            List<String> every = axe.violations(true);
            List<String> grave = axe.violations(false);
            assertThat(every).extracting(v -> v.substring(0, v.indexOf(' ')))
                    .contains("image-alt", "button-name", "label", "color-contrast", "link-name", "aria-toggle-field-name",
                            "select-name", "list");
            assertThat(grave).containsExactlyInAnyOrderElementsOf(every);
        } finally {
            server.stop(0);
        }
    }
}
