package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CareNextTest
class LoginAndAccountsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    @Test
    void theSixthAttemptIsRefusedEvenWithTheRightPassword() throws Exception {
        String username = world.managerA().username();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/login").param("username", username).param("password", "wrong-" + attempt).with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic(username, Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("请先登录（接口请使用 HTTP Basic 认证）。"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("账号已暂时锁定")));
    }

    @Test
    void httpBasicFailuresCountTowardsTheSameLock() throws Exception {
        String username = world.managerB().username();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().exists("WWW-Authenticate"));
        }
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aSecurityAdminCanUnlockBeforeTheTime() throws Exception {
        String username = world.leader().username();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(post("/login").param("username", username).param("password", "nope").with(csrf()));
        }
        accounts.unlock(Fixtures.actor(world.security(), world.town()), world.leader().id());
        Fixtures.login(mvc, username);
    }

    @Test
    void noAccountHoldsTwoSeparatedDuties() throws Exception {
        var security = Fixtures.actor(world.security(), world.town());
        assertThatThrownBy(() -> accounts.create(security, new UserDraft("twohats" + world.town().id(), "两顶帽子",
                world.town().id(), null, Set.of(Role.AUDITOR, Role.SYSTEM_ADMIN), true, null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("user.separatedDuties");
        mvc.perform(post("/api/v1/users").with(httpBasic(world.security().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"twohats2x\",\"displayName\":\"两顶帽子\",\"organizationId\":"
                                + world.town().id() + ",\"roles\":[\"AUDITOR\",\"SECURITY_ADMIN\"],\"enabled\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("三者分立")));
    }

    @Test
    void weakPasswordsAreRefusedByPolicy() {
        var security = Fixtures.actor(world.security(), world.town());
        for (String weak : new String[]{"short1A", "alllowercase", "12345678", "abcdefgh1"}) {
            assertThatThrownBy(() -> accounts.create(security, new UserDraft("weak" + weak.length() + world.town().id(),
                    "弱密码", world.town().id(), null, Set.of(Role.LEADER), true, weak, null)))
                    .as(weak).isInstanceOf(BusinessRuleException.class).hasMessageContaining("password.weak");
        }
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
        var security = Fixtures.actor(world.security(), world.town());
        CreatedAccount created = accounts.create(security, new UserDraft("newbie" + world.town().id(), "新同志",
                world.villageA().id(), null, Set.of(Role.ORG_MANAGER), true, null, null));
        assertThat(created.oneTimePassword()).hasSizeGreaterThanOrEqualTo(12);
        var result = mvc.perform(post("/login").param("username", created.user().username())
                .param("password", created.oneTimePassword()).with(csrf())).andReturn();
        var session = result.getResponse().getCookie("SESSION");
        mvc.perform(get("/organizations").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", created.oneTimePassword())
                        .param("newPassword", "Better-Pass-99").param("confirmPassword", "Better-Pass-99"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organizations").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void securityAdminsSeeOnlyAccountsOfTheirSubtree() throws Exception {
        fixtures.user("secb" + world.villageB().id(), world.villageB(), Role.SECURITY_ADMIN);
        mvc.perform(get("/api/v1/users").with(httpBasic("secb" + world.villageB().id(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.containsInAnyOrder(
                        world.managerB().username(), "secb" + world.villageB().id())));
        mvc.perform(get("/api/v1/users/{id}", world.managerA().id())
                        .with(httpBasic("secb" + world.villageB().id(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theUserListPageShowsRolesAndMaskedPhones() throws Exception {
        mvc.perform(get("/users").with(Fixtures.login(mvc, world.security().username())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("基层组织负责人")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("138****1111")));
    }
}
