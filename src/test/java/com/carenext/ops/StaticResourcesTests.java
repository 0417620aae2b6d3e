package com.carenext.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.Cache;
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
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/img/**", "/icons/**", "/webjars/**");
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
