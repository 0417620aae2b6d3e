package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.support.Workbooks;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class VolunteerImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;

    Fixtures.Town world;
    RequestPostProcessor manager;

    @BeforeEach
    void aManager() throws Exception {
        world = fixtures.town();
        manager = Fixtures.login(mvc, world.managerA().username());
    }

    byte[] workbook(List<Object[]> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.of("五老名册"));
        sheet.add(List.of("序号"));
        rows.forEach(values -> sheet.add(Arrays.stream(values).map(String::valueOf).toList()));
        return Workbooks.xlsx("五老名册", sheet);
    }

    Object[] row(int no, String name, String birth, String idNumber, String organization, String categories) {
        return new Object[]{no, name, "男", "蒙古族", birth, "13911112222", idNumber, organization, "是", "退休教师",
                categories, "思政巡讲报告员", "", "是", "良好", "2021-01-01"};
    }

    List<Object[]> mixed() {
        String village = world.villageA().name();
        return List.of(
                row(1, "导入一", "1950-01-02", VolunteerTestData.idNumber(LocalDate.of(1950, 1, 2)), village, "老干部、老教师"),
                row(2, "导入二", "1951-02-03", "150626195102030011", village, "老战士"),
                row(3, "导入三", "1952-03-04", VolunteerTestData.idNumber(LocalDate.of(1952, 3, 4)), "不存在的村", "老专家"),
                row(4, "导入四", "1953-04-05", "", village, "老模范"));
    }

    int imported() {
        return volunteers.page(world.managerAActor(), new VolunteerFilter(null, null, null, "导入"), null, 50).rows().size();
    }

    @Test
    void aFileWithBadRowsSavesNothingAndNamesEachBadRow() throws Exception {
        List<Object[]> rows = mixed();
        String page = mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "a.xlsx",
                        VolunteerPages.XLSX, workbook(rows))).with(manager).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第 4 行", "身份证号校验码不正确", "第 5 行", "不存在的村").doesNotContain("第 3 行", "第 6 行");
        assertThat(imported()).isZero();
    }

    @Test
    void theValidRowsAloneMayBeImportedOnRequest() throws Exception {
        String page = mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "a.xlsx",
                        VolunteerPages.XLSX, workbook(mixed()))).param("validOnly", "true").with(manager).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已导入 2 名五老", "第 4 行", "第 5 行");
        assertThat(imported()).isEqualTo(2);
    }

    @Test
    void aGoodFileIsImportedWithItsCategoriesAndRoles() throws Exception {
        String village = world.villageA().name();
        mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "a.xlsx", VolunteerPages.XLSX,
                        workbook(List.<Object[]>of(row(1, "导入好", "1949-10-01", "", village, "老干部、老模范")))))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        VolunteerSummary v = volunteers.page(world.managerAActor(), new VolunteerFilter(null, null, null, "导入好"),
                null, 5).rows().get(0);
        assertThat(v.categories()).containsExactlyInAnyOrder(Category.VETERAN_CADRE, Category.VETERAN_MODEL);
        assertThat(v.serviceRoles()).containsExactly(ServiceRole.IDEOLOGY_LECTURER);
        assertThat(v.partyMember()).isTrue();
    }

    @Test
    void theTemplateDownloads() throws Exception {
        byte[] bytes = mvc.perform(get("/volunteers/import-template.xlsx").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("姓名");
        }
    }

    /** The same workbook with its sheet XML replaced. */
    byte[] withSheet(byte[] xlsx, byte[] sheetXml) {
        return Workbooks.replaceEntry(xlsx, "xl/worksheets/sheet1.xml", out -> out.write(sheetXml));
    }

    @Test
    void aZipBombIsRefusedCleanly() throws Exception {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        StringBuilder bomb = new StringBuilder(head);
        bomb.append(" ".repeat(60 * 1024 * 1024));
        bomb.append("</sheetData></worksheet>");
        byte[] file = withSheet(workbook(List.of()), bomb.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(file.length).isLessThan(1024 * 1024);
        String page = mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "bomb.xlsx",
                        VolunteerPages.XLSX, file)).with(manager).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("压缩炸弹");
    }

    @Test
    void anExternalEntityIsRefusedCleanly() throws Exception {
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row></sheetData></worksheet>";
        byte[] file = withSheet(workbook(List.of()), xxe.getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "xxe.xlsx",
                        VolunteerPages.XLSX, file)).with(manager).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不是有效的 Excel").doesNotContain("root:");
        assertThat(imported()).isZero();
    }

    @Test
    void tenThousandRowsImportAndExport() throws Exception {
        String village = world.villageA().name();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(row(i + 1, "导入批" + i, "1950-01-01", "", village, "老干部"));
        }
        mvc.perform(multipart("/volunteers/import").file(new MockMultipartFile("file", "big.xlsx", VolunteerPages.XLSX,
                        workbook(rows))).with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] export = com.carenext.support.Exports.download(mvc, manager, "VOLUNTEER");
        // the title, the header and the 10,000 rows
        assertThat(Workbooks.rowCount(export)).isEqualTo(10_002);
    }
}
