package com.carenext.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What makes CareNext an installable phone app: the web app manifest (names from the message files) and the service
 * worker, served from the root so that its scope is the whole application, never cached by the browser's HTTP
 * cache (a new version is picked up on the next visit).
 */
@RestController
class InstallableApp {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    private static final String THEME = "#b22222";

    private final MessageSource messages;
    private final byte[] serviceWorker;

    InstallableApp(MessageSource messages) throws IOException {
        this.messages = messages;
        try (InputStream in = new ClassPathResource("app/sw.js").getInputStream()) {
            this.serviceWorker = in.readAllBytes();
        }
    }

    @GetMapping(value = "/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = Map.of(
                "name", messages.getMessage("phone.app", null, locale),
                "short_name", messages.getMessage("phone.app.short", null, locale),
                "description", messages.getMessage("phone.app.description", null, locale),
                "lang", locale.toLanguageTag(),
                "start_url", "/my",
                "scope", "/",
                "display", "standalone",
                "background_color", "#ffffff",
                "theme_color", THEME,
                "icons", List.of(
                        Map.of("src", "/icons/icon-192.png", "sizes", "192x192", "type", "image/png", "purpose", "any"),
                        Map.of("src", "/icons/icon-512.png", "sizes", "512x512", "type", "image/png",
                                "purpose", "any maskable")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache()).body(manifest);
    }

    @GetMapping(value = "/sw.js")
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", "/")
                .body(new String(serviceWorker, StandardCharsets.UTF_8));
    }
}
