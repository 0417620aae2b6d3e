package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.Organizations;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * HTTP Basic is for the API only: a page request that carries Basic credentials is an ordinary page request (CSRF
 * token required, credentials ignored), and the API's 401 never asks a browser for Basic credentials. Every answer
 * carries a referrer policy, and signed-in answers are never stored by a browser or proxy.
 */
@CareNextTest
class PageSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aCrossOriginFormPostWithBasicCredentialsChangesNothing() throws Exception {
        Fixtures.Town world = fixtures.town();
        int before = organizations.children(world.officeActor(), world.town().id()).size();
        int status = mvc.perform(post("/organizations")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .header(HttpHeaders.ORIGIN, "https://evil.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("name", "伪造的组织").param("type", "VILLAGE_COMMITTEE")
                        .param("parentId", String.valueOf(world.town().id())))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401, 403);
        assertThat(organizations.children(world.officeActor(), world.town().id())).hasSize(before);
    }

    @Test
    void aPageWithBasicCredentialsAndNoSessionGoesToTheLoginPage() throws Exception {
        Fixtures.Town world = fixtures.town();
        mvc.perform(get("/organizations").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void theApisUnauthorizedAnswerNeverPromptsABrowserForBasicCredentials() throws Exception {
        for (String accept : new String[]{"text/html,application/xhtml+xml,*/*;q=0.8", "application/json", "*/*"}) {
            MvcResult result = mvc.perform(get("/api/v1/organizations").header(HttpHeaders.ACCEPT, accept))
                    .andExpect(status().isUnauthorized()).andReturn();
            assertThat(result.getResponse().getHeaders(HttpHeaders.WWW_AUTHENTICATE)).as(accept)
                    .noneMatch(challenge -> challenge.toLowerCase().contains("basic"));
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Test
    void everyAnswerCarriesAReferrerPolicyAndSignedInAnswersAreNotStored() throws Exception {
        Fixtures.Town world = fixtures.town();
        var session = Fixtures.login(mvc, world.office().username());
        for (String path : new String[]{"/", "/organizations", "/organizations/" + world.town().id()}) {
            mvc.perform(get(path).with(session))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));
        }
        mvc.perform(get("/api/v1/organizations/{id}/members", world.town().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));
        mvc.perform(get("/login")).andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void noPageOrApiAnswerMayBeStored() throws Exception {
        Fixtures.Town world = fixtures.town();
        var session = Fixtures.login(mvc, world.office().username());
        java.util.List<String> cacheable = new java.util.ArrayList<>();
        for (com.carenext.support.Endpoints.Endpoint endpoint : com.carenext.support.Endpoints.all(context)) {
            // the installable app's shell (service worker, manifest) is public and holds no personal data; it is
            // served no-cache so that a phone always revalidates it (InstallableAppTests)
            if (endpoint.changesState() || endpoint.pattern().contains("{")
                    || java.util.Set.of("/sw.js", "/manifest.webmanifest").contains(endpoint.pattern())) {
                continue;
            }
            var response = mvc.perform(get(endpoint.pattern()).with(session)).andReturn().getResponse();
            String cache = response.getHeader(HttpHeaders.CACHE_CONTROL);
            if (cache == null || !cache.contains("no-store")
                    || !"same-origin".equals(response.getHeader("Referrer-Policy"))) {
                cacheable.add(endpoint + " → " + cache);
            }
        }
        assertThat(cacheable).isEmpty();
    }
}
