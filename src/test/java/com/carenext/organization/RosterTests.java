package com.carenext.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.Workbooks;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class RosterTests {

    private static final List<String> TITLE = List.of("名册");
    private static final List<String> HEADER = List.of("序号", "姓名", "性别", "职务", "工作单位及职务", "联系电话",
            "任期开始", "任期结束", "备注");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Roster roster;

    Fixtures.Town world;
    RequestPostProcessor office;

    @BeforeEach
    void town() throws Exception {
        world = fixtures.town();
        office = Fixtures.login(mvc, world.office().username());
    }

    @Test
    void aChangeOfPostKeepsTheOldTermSoThePastCanBeAsked() {
        MemberView member = fixtures.member(world.officeActor(), world.town(), "郝和平", CommitteePost.MEMBER);
        roster.changePost(world.officeActor(), member.id(), CommitteePost.DEPUTY_DIRECTOR, "“五老”人员",
                LocalDate.of(2024, 1, 1), member.version());

        assertThat(roster.on(world.officeActor(), world.town().id(), LocalDate.of(2023, 6, 1)))
                .extracting(MemberView::name, MemberView::post)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("郝和平", CommitteePost.MEMBER));
        assertThat(roster.on(world.officeActor(), world.town().id(), LocalDate.of(2024, 6, 1)))
                .extracting(MemberView::post).containsExactly(CommitteePost.DEPUTY_DIRECTOR);
        assertThat(roster.history(world.officeActor(), world.town().id())).hasSize(2);
    }

    @Test
    void theRosterListsDirectorsFirstAndMasksPhones() throws Exception {
        fixtures.member(world.officeActor(), world.town(), "成员甲", CommitteePost.MEMBER);
        fixtures.member(world.officeActor(), world.town(), "主任乙", CommitteePost.DIRECTOR);
        mvc.perform(get("/api/v1/organizations/{id}/members", world.town().id()).param("on", "2024-01-01")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("主任乙"))
                .andExpect(jsonPath("$[1].name").value("成员甲"));
        mvc.perform(get("/organizations/{id}", world.town().id()).param("on", "2024-01-01").with(office))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("139****5678")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("13912345678"))));
    }

    @Test
    void theExportOpensInExcelWithMaskedPhones() throws Exception {
        fixtures.member(world.officeActor(), world.town(), "宝音图", CommitteePost.DIRECTOR);
        byte[] file = mvc.perform(get("/organizations/{id}/roster.xlsx", world.town().id()).param("on", "2024-01-01")
                        .with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(world.town().name(), "组成成员名册");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("宝音图");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("主任");
            assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("139****5678");
        }
    }

    @Test
    void aGoodFileImportsEveryRow() throws Exception {
        byte[] file = Workbooks.xlsx(List.of(TITLE, HEADER,
                List.of("1", "李  林", "男", "成员", "查汗淖学校校长", "", "2023-04-05", "", ""),
                List.of("2", "刘存艳", "女", "成员", "查汗淖幼儿园园长", "", "2023/4/5", "", "")));
        upload(file).andExpect(status().is3xxRedirection());
        assertThat(roster.on(world.officeActor(), world.town().id(), LocalDate.of(2024, 1, 1)))
                .extracting(MemberView::name).containsExactly("李林", "刘存艳");
        upload(file).andExpect(status().is3xxRedirection());
        assertThat(roster.history(world.officeActor(), world.town().id()))
                .extracting(MemberView::name).containsExactlyInAnyOrder("李林", "刘存艳");
    }

    @Test
    void aFileWithBadRowsSavesNothingAndNamesEachBadRow() throws Exception {
        byte[] file = Workbooks.xlsx(List.of(TITLE, HEADER,
                List.of("1", "好人", "男", "成员", "", "", "2023-04-05", "", ""),
                List.of("2", "", "男", "成员", "", "", "2023-04-05", "", ""),
                List.of("3", "错职务", "男", "组长甲", "", "", "2023-04-05", "", ""),
                List.of("4", "错日期", "女", "成员", "", "", "2023-02-30", "", ""),
                List.of("5", "错电话", "女", "成员", "", "abc", "2023-04-05", "", "")));
        upload(file)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 4 行")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 5 行：职务“组长甲”无法识别")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 6 行：任期开始“2023-02-30”不是有效日期")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 7 行：联系电话：请填写正确的电话号码")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("第 3 行"))));
        assertThat(roster.history(world.officeActor(), world.town().id())).isEmpty();
    }

    @Test
    void hostileFilesAreRefusedCleanly() throws Exception {
        upload(Workbooks.zipBomb(60)).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效的 Excel")));
        upload(Workbooks.externalEntity()).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效的 Excel")));
        upload("#!/bin/sh\nrm -rf /\n".getBytes()).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效的 Excel")));
        upload(Workbooks.xlsx(List.of(TITLE, HEADER, List.of("1", "=HYPERLINK(\"http://x\")", "男", "成员", "", "",
                "2023-04-05", "", "")))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("含有公式")));
        assertThat(roster.history(world.officeActor(), world.town().id())).isEmpty();
    }

    @Test
    void theApiAddsAMemberAndRefusesBadInputInChinese() throws Exception {
        mvc.perform(post("/api/v1/organizations/{id}/members", world.villageA().id())
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"娜仁图雅\",\"post\":\"MEMBER\",\"position\":\"计生办主任\",\"termStart\":\"2023-04-05\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("娜仁图雅"));
        mvc.perform(post("/api/v1/organizations/{id}/members", world.villageA().id())
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"post\":\"MEMBER\",\"termStart\":\"2023-04-05\",\"termEnd\":\"2020-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("填写的内容有误，请按提示修改。"))
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.termInOrder").value("任期结束日期不能早于开始日期"));
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] bytes) throws Exception {
        return mvc.perform(multipart("/organizations/{id}/roster/import", world.town().id())
                .file(new MockMultipartFile("file", "roster.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes))
                .with(office).with(csrf()));
    }
}
