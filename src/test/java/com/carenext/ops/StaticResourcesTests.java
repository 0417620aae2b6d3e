package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The web layer's cost: static files only under their prefixes with a cached resource chain (a page link is not
 * looked up on the classpath); a GET in a session and a Basic request write nothing when nothing changed.
 */
@CareNextTest
class StaticResourcesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ResourceUrlProvider resourceUrls;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.util.List<jakarta.servlet.Filter> filters;

    @BeforeEach
    void countUpdates() {
        jdbc.sql(UpdateCounter.install("SPRING_SESSION")).update();
        jdbc.sql(UpdateCounter.install("APP_USER")).update();
    }

    @Test
    void staticFilesAreServedOnlyUnderTheirPrefixes() throws Exception {
        assertThat(resourceUrls.getHandlerMap().keySet()).doesNotContain("/**")
                .filteredOn(pattern -> !pattern.startsWith("/swagger-ui/"))
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**", "/icons/**", "/webjars/**",
                        "/webjars/{webjar}/{version:\\d[-.\\w]*}/**");
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/app.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void aPageLinkIsNotAResourceAndAResolvedUrlIsCached() {
        assertThat(resourceUrls.getForLookupPath("/volunteers/17")).isNull();
        assertThat(resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
                .matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
        ResourceHttpRequestHandler webjars = resourceUrls.getHandlerMap().get("/webjars/**");
        Cache cache = webjars.getResourceResolvers().stream()
                .filter(CachingResourceResolver.class::isInstance).map(CachingResourceResolver.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no cache in the webjars chain")).getCache();
        assertThat(cache.get(CachingResourceResolver.RESOLVED_URL_PATH_CACHE_KEY_PREFIX
                + "htmx.org/dist/htmx.min.js")).as("resolved URL cached").isNotNull();
    }

    /** Webjar links carry their version (the service worker keeps webjars cache-first), without Spring's filter. */
    @Test
    void pagesLinkWebjarsByTheirVersion() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).containsPattern("src=\"/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js\"")
                .containsPattern("href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css\"")
                .contains("href=\"/css/app.css\"");
        assertThat(filters).noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }

    /**
     * A versioned webjar is kept for a year; every other static file is asked for again and answered 304 when
     * unchanged; the page that links them is still never stored (Spring Security's no-store, for personal data).
     */
    @Test
    void versionedWebjarsAreKeptAndOtherStaticFilesRevalidated() throws Exception {
        String page = mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher versioned = Pattern.compile("href=\"(/webjars/bootstrap/[0-9.]+/css/bootstrap\\.min\\.css)\"")
                .matcher(page);
        assertThat(versioned.find()).as("the page links Bootstrap by its version").isTrue();
        String kept = mvc.perform(get(versioned.group(1))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader(HttpHeaders.CACHE_CONTROL);
        assertThat(kept).contains("max-age=31536000", "public", "immutable").doesNotContain("no-store", "no-cache");
        for (String path : new String[]{"/webjars/bootstrap/css/bootstrap.min.css", "/css/app.css", "/js/app.js",
                "/icons/icon-192.png"}) {
            var answer = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(answer.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("no-cache");
            String lastModified = answer.getHeader(HttpHeaders.LAST_MODIFIED);
            assertThat(lastModified).as(path).isNotNull();
            mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                    .andExpect(status().isNotModified());
        }
    }

    @Test
    void pageViewsInASessionDoNotWriteTheSessionRow() throws Exception {
        var town = fixtures.town();
        var session = Fixtures.login(mvc, town.office().username());
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        int before = UpdateCounter.updates("SPRING_SESSION");
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/").with(session)).andExpect(status().isOk());
        }
        assertThat(UpdateCounter.updates("SPRING_SESSION") - before).as("UPDATE spring_session").isZero();
    }

    @Test
    void basicRequestsWriteTheAccountOnlyWhenSomethingChanged() throws Exception {
        var town = fixtures.town();
        int before = UpdateCounter.updates("APP_USER");
        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/organizations").with(httpBasic(town.office().username(), Fixtures.PASSWORD)))
                    .andExpect(status().isOk());
        }
        assertThat(UpdateCounter.updates("APP_USER") - before).as("UPDATE app_user (first last-login only)")
                .isEqualTo(1);
    }
}
