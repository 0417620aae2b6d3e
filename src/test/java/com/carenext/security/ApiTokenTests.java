package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Personal access tokens: made once, kept as a hash, used as Bearer, listed, revoked, expired, audited. */
@CareNextTest
class ApiTokenTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsMadeOnceUsedListedRevokedAndAudited() throws Exception {
        Fixtures.Town world = fixtures.town();
        String office = world.office().username();
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(office, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"报表脚本\",\"expiresOn\":\"" + LocalDate.now().plusDays(30) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("cnt_")))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id").param("id", id).query(String.class)
                .single()).as("only the hash is kept").isEqualTo(ApiTokens.hash(token)).doesNotContain(token);

        mvc.perform(get("/api/v1/organizations/{id}", world.town().id()).with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(world.town().name()));
        mvc.perform(get("/api/v1/tokens").with(bearer(token)))
                .andExpect(jsonPath("$[0].name").value("报表脚本"))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
        // Written without a CSRF token: the bearer header is the credential, no cookie is involved.
        mvc.perform(post("/api/v1/organizations").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"令牌建的组织\",\"type\":\"SCHOOL\",\"parentId\":" + world.town().id() + "}"))
                .andExpect(status().isCreated());

        mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/{id}", id).with(httpBasic(office, Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organizations").with(bearer(token))).andExpect(status().isUnauthorized());

        assertThat(jdbc.sql("""
                        SELECT action FROM audit_event WHERE username = :u AND target_type = 'ApiToken'
                          AND target_id = :id ORDER BY id""")
                .param("u", office).param("id", String.valueOf(id)).query(String.class).list())
                .containsExactly("Token.create", "Token.revoke");
    }

    @Test
    void anExpiredOrUnknownTokenIsRefusedAndTheTokenIsNotAPassword() throws Exception {
        Fixtures.Town world = fixtures.town();
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(world.leader().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"大屏\",\"expiresOn\":\"" + LocalDate.now().plusDays(1) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        mvc.perform(get("/api/v1/organizations").with(bearer(token))).andExpect(status().isOk());
        jdbc.sql("UPDATE api_token SET expires_at = :t WHERE token_hash = :h")
                .param("t", Timestamp.from(Instant.now().minusSeconds(1))).param("h", ApiTokens.hash(token)).update();
        mvc.perform(get("/api/v1/organizations").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations").with(bearer("cnt_" + "A".repeat(43))))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organizations").with(httpBasic(world.leader().username(), token)))
                .andExpect(status().isUnauthorized());
        // A token is for the API only: a page ignores it.
        mvc.perform(get("/organizations").with(bearer(token)).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void expiryIsRequiredAndBoundedAndOnlyASecurityAdminMakesTokensForADevice() throws Exception {
        Fixtures.Town world = fixtures.town();
        String office = world.office().username();
        for (String expiry : new String[]{LocalDate.now().toString(), LocalDate.now().plusYears(2).toString()}) {
            mvc.perform(post("/api/v1/tokens").with(httpBasic(office, Fixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"x\",\"expiresOn\":\"" + expiry + "\"}"))
                    .andExpect(status().is4xxClientError());
        }
        String device = "{\"name\":\"水位计\",\"expiresOn\":\"" + LocalDate.now().plusDays(90) + "\",\"userId\":"
                + world.managerA().id() + "}";
        mvc.perform(post("/api/v1/tokens").with(httpBasic(office, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(device))
                .andExpect(status().isForbidden());
        String body = mvc.perform(post("/api/v1/tokens").with(httpBasic(world.security().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(device))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/organizations/{id}", world.villageA().id()).with(bearer(JsonPath.read(body, "$.token"))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(world.security().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"审计\",\"expiresOn\":\"" + LocalDate.now().plusDays(9) + "\",\"userId\":"
                                + world.auditor().id() + "}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theTokensPageShowsANewTokenOnceAndRevokes() throws Exception {
        Fixtures.Town world = fixtures.town();
        var session = Fixtures.login(mvc, world.managerB().username());
        var created = mvc.perform(post("/account/tokens").with(session).with(csrf()).param("name", "手机应用")
                        .param("expiresOn", LocalDate.now().plusDays(60).toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = mvc.perform(get("/account/tokens").with(session)
                        .flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("手机应用", "new-token");
        String token = (String) created.getFlashMap().get("newToken");
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h").param("h", ApiTokens.hash(token))
                .query(Long.class).single();
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tokens").with(bearer(token))).andExpect(status().isUnauthorized());
        assertThat(mvc.perform(get("/account/tokens").with(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain("new-token");
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }
}
