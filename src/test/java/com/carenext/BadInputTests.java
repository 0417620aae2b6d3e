package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input of every kind gets a 4xx with a Chinese message, never a 500 or a stack trace. */
@CareNextTest
class BadInputTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    @Test
    void brokenJsonWrongTypesAndUnknownValuesAnswer400InChinese() throws Exception {
        for (String body : new String[]{"{", "[]", "{\"name\":\"x\",\"type\":\"CASTLE\",\"parentId\":1}",
                "{\"name\":\"x\",\"type\":\"SCHOOL\",\"parentId\":\"abc\"}", "null", "\"text\""}) {
            api(post("/api/v1/organizations").content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.anyOf(Matchers.is("请求的内容不正确，请检查后重试。"),
                            Matchers.is("填写的内容有误，请按提示修改。"))))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        }
        api(post("/api/v1/organizations").content("{\"name\":\"" + "长".repeat(500) + "\",\"type\":\"SCHOOL\",\"parentId\":"
                + world.town().id() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").exists());
    }

    @Test
    void badIdsAndParametersAnswer4xx() throws Exception {
        api(get("/api/v1/organizations/abc")).andExpect(status().isBadRequest());
        api(get("/api/v1/organizations/99999999")).andExpect(status().isNotFound());
        api(get("/api/v1/organizations/1/members").param("on", "2023-13-45")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/organizations/" + world.town().id()).contentType(MediaType.TEXT_PLAIN).content("x")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value("不支持的内容格式。"));
        mvc.perform(get("/no/such/page").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(Matchers.containsString("没有找到您要的内容")));
    }

    @Test
    void anInvalidFormComesBackWithMessagesAndSavesNothing() throws Exception {
        int organizationsBefore = rows("organization");
        int membersBefore = rows("committee_member");
        mvc.perform(post("/organizations").param("name", "").param("type", "").param("parentId", "" + world.town().id())
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content().string(Matchers.containsString("不能为空")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("不能为null"))));
        mvc.perform(post("/organizations/{id}/members", world.town().id()).param("name", "某人").param("post", "MEMBER")
                        .param("termStart", "不是日期")
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请填写正确的日期，如 2023-04-05")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Failed to convert"))));
        mvc.perform(post("/organizations/{id}/members", world.town().id()).param("name", "某人").param("post", "MEMBER")
                        .param("termStart", "2023-04-05").param("phone", "電話")
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请填写正确的电话号码")));
        assertThat(rows("organization")).as("no organization saved").isEqualTo(organizationsBefore);
        assertThat(rows("committee_member")).as("no member saved").isEqualTo(membersBefore);
    }

    @Test
    void aMonthThatIsNotAMonthIsTheCallersFaultWithAChineseMessage() throws Exception {
        api(get("/api/v1/publicity/statistics").param("month", "2023-13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("“2023-13”不是有效的月份，请按 年-月 填写，例如 2023-05。"));
    }

    private int rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON));
    }

    /** A check across fields ({@code @AssertTrue} on a form's record) is shown on the form beside its fields. */
    @Test
    void aCheckAcrossFieldsIsShownOnTheForm() throws Exception {
        var office = Fixtures.login(mvc, world.office().username());
        mvc.perform(post("/publicity/articles").with(office).with(csrf())
                        .param("organizationId", String.valueOf(world.villageA().id())).param("title", "没有正文的稿件")
                        .param("kind", "NEWS").param("date", "2023-06-09"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("请填写稿件正文或链接")));
        mvc.perform(post("/organizations/" + world.town().id() + "/members").with(office).with(csrf())
                        .param("name", "任期倒置").param("post", "MEMBER")
                        .param("termStart", "2023-05-01").param("termEnd", "2023-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("任期结束日期不能早于开始日期")));
    }

    /**
     * Every {@code @AssertTrue} check of a record in src/main has a place on a form ({@code hasErrors('property')} in a
     * template): its error belongs to no input, so a form that does not name it shows nothing and the user cannot
     * tell why the page came back.
     */
    @Test
    void everyCheckAcrossFieldsHasAPlaceOnAForm() throws Exception {
        java.util.regex.Pattern check = java.util.regex.Pattern.compile(
                "@AssertTrue[^\\n]*\\n\\s*public boolean is(\\w+)\\(");
        StringBuilder templates = new StringBuilder();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                templates.append(java.nio.file.Files.readString(file));
            }
        }
        java.util.List<String> checks = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var found = check.matcher(java.nio.file.Files.readString(file));
                while (found.find()) {
                    checks.add(Character.toLowerCase(found.group(1).charAt(0)) + found.group(1).substring(1));
                }
            }
        }
        assertThat(checks).hasSizeGreaterThanOrEqualTo(4);
        assertThat(checks).as("checks whose error no template shows")
                .allMatch(property -> templates.indexOf("hasErrors('" + property + "')") >= 0);
    }
}
