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
                .andExpect(jsonPath("$.detail").value("请先登录（接口请使用访问令牌或 HTTP Basic 认证）。"));
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("账号已暂时锁定")));
    }

    @Test
    void httpBasicFailuresCountTowardsTheSameLock() throws Exception {
        String username = world.managerB().username();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/organizations").with(httpBasic(username, "wrong")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
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
        // first make sure the account really is locked: even the right password is refused now
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/login?locked"));
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
    void aSeparatedDutyHoldsNoBusinessRole() throws Exception {
        var security = Fixtures.actor(world.security(), world.town());
        for (Role duty : new Role[]{Role.SECURITY_ADMIN, Role.AUDITOR, Role.SYSTEM_ADMIN}) {
            assertThatThrownBy(() -> accounts.create(security, new UserDraft("mixed" + duty.ordinal() + world.town().id(),
                    "兼任", world.town().id(), null, Set.of(duty, Role.TOWN_ADMIN), true, null, null)))
                    .as(duty.name()).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("user.separatedDuties");
        }
        mvc.perform(post("/api/v1/users").with(httpBasic(world.security().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"secoffice" + world.town().id() + "\",\"displayName\":\"兼任\","
                                + "\"organizationId\":" + world.town().id()
                                + ",\"roles\":[\"SECURITY_ADMIN\",\"TOWN_ADMIN\"],\"enabled\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不能兼任业务角色")));
        UserView leader = world.leader();
        assertThatThrownBy(() -> accounts.update(security, leader.id(), new UserDraft(leader.username(),
                leader.displayName(), world.town().id(), null, Set.of(Role.LEADER, Role.AUDITOR), true, null,
                leader.version())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("user.separatedDuties");
    }

    @Test
    void theFirstStartCreatesASecurityAdminAndASeparateOfficeAccount() {
        UserView admin = accounts.byUsername("admin").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.SECURITY_ADMIN);
        UserView office = accounts.byUsername("office").orElseThrow();
        assertThat(office.roles()).containsExactly(Role.TOWN_ADMIN);
        assertThat(office.organizationId()).isEqualTo(admin.organizationId());
        assertThat(office.mustChangePassword()).as("generated one-time password").isTrue();
    }

    @Autowired
    InitialAdmin initialAdmin;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAdminMadeBeforeTheRuleHandsItsBusinessRolesToAnOfficeAccount() {
        long adminId = accounts.byUsername("admin").orElseThrow().id();
        jdbc.sql("INSERT INTO user_role (app_user, role) VALUES (:id, 'TOWN_ADMIN')").param("id", adminId).update();
        jdbc.sql("DELETE FROM app_user WHERE username = 'office'").update();
        initialAdmin.run();
        assertThat(accounts.byUsername("admin").orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(accounts.byUsername("office").orElseThrow().roles()).containsExactly(Role.TOWN_ADMIN);
    }

    @Test
    void commonAndLeakedPasswordsAreRefused() {
        var security = Fixtures.actor(world.security(), world.town());
        for (String common : new String[]{"Passw0rd", "Password1", "1qaz@WSX", "P@ssw0rd", "Aa123456", "woaini1314",
                "Woaini@1314", "Qwer1234", "Admin@123", "1QAZ2wsx", "P@55w0rd!", "Abc@123456", "Zxcv1234!"}) {
            assertThatThrownBy(() -> accounts.changeOwnPassword(Fixtures.actor(world.managerB(), world.villageB()),
                    Fixtures.PASSWORD, common))
                    .as(common).isInstanceOf(BusinessRuleException.class)
                    .hasMessageMatching(".*password\\.(common|weak).*");
        }
        accounts.changeOwnPassword(Fixtures.actor(world.managerB(), world.villageB()), Fixtures.PASSWORD,
                "Gobi-Camel-Lantern-9");
    }

    @Test
    void anAdminCannotChooseAPasswordThatStays() throws Exception {
        var security = Fixtures.actor(world.security(), world.town());
        assertThatThrownBy(() -> accounts.create(security, new UserDraft("chosen" + world.town().id(), "指定密码",
                world.villageA().id(), null, Set.of(Role.ORG_MANAGER), true, "Chosen-Pass-2026", null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("user.passwordChosen");
        CreatedAccount created = accounts.create(security, new UserDraft("fresh" + world.town().id(), "新账号",
                world.villageA().id(), null, Set.of(Role.ORG_MANAGER), true, null, null));
        assertThat(created.oneTimePassword()).isNotBlank();
        assertThat(created.user().mustChangePassword()).isTrue();
    }

    @Test
    void weakPasswordsAreRefusedByPolicy() {
        for (String weak : new String[]{"short1A", "alllowercase", "12345678", "abcdefgh1"}) {
            assertThatThrownBy(() -> accounts.changeOwnPassword(Fixtures.actor(world.leader(), world.town()),
                    Fixtures.PASSWORD, weak))
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
