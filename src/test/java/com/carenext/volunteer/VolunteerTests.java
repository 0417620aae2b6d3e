package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class VolunteerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    Patrollers patrollers;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Town world;
    VolunteerSummary elder;
    String fullIdNumber;

    @BeforeEach
    void aVillageWithOneVolunteer() {
        world = fixtures.town();
        VolunteerDraft draft = VolunteerTestData.draft("巴特尔", world.villageA().id(), LocalDate.of(1950, 5, 6), null);
        fullIdNumber = draft.idNumber();
        elder = volunteers.register(world.managerAActor(), draft);
    }

    @Test
    void aWrongChecksumIsRefusedWithAClearMessageOnTheApi() throws Exception {
        String wrong = fullIdNumber.substring(0, 17) + (fullIdNumber.charAt(17) == '1' ? "2" : "1");
        mvc.perform(post("/api/v1/volunteers").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"错号","birthDate":"1950-05-06","idNumber":"%s","organizationId":%d,
                                 "categories":["VETERAN_CADRE"]}""".formatted(wrong, world.villageA().id())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.idNumber").value(org.hamcrest.Matchers.containsString("校验码不正确")));
        assertThat(volunteers.page(world.managerAActor(), new VolunteerFilter(null, null, null, "错号"), null, 10).rows())
                .isEmpty();
    }

    @Test
    void aWrongChecksumIsRefusedOnTheForm() throws Exception {
        String wrong = fullIdNumber.substring(0, 17) + (fullIdNumber.charAt(17) == '1' ? "2" : "1");
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(post("/volunteers").with(manager).with(csrf())
                        .param("name", "错号二").param("birthDate", "1950-05-06").param("idNumber", wrong)
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("categories", "VETERAN_SOLDIER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("身份证号校验码不正确")));
    }

    @Test
    void aManagerRegistersThroughTheFormWithSeveralCategoriesAndRoles() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        LocalDate birth = LocalDate.of(1948, 2, 3);
        mvc.perform(post("/volunteers").with(manager).with(csrf())
                        .param("name", "乌云").param("gender", "女").param("birthDate", birth.toString())
                        .param("idNumber", VolunteerTestData.idNumber(birth)).param("phone", "13700001111")
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("categories", "VETERAN_TEACHER", "VETERAN_MODEL")
                        .param("serviceRoles", "FAMILY_VALUES_PROMOTER", "HEALTH_EDUCATION_ADVISOR")
                        .param("partyMember", "true").param("_partyMember", "on").param("_fitForPatrol", "on"))
                .andExpect(status().is3xxRedirection());
        VolunteerSummary created = volunteers.page(world.managerAActor(), new VolunteerFilter(null, null, null, "乌云"),
                null, 10).rows().get(0);
        assertThat(created.categories()).containsExactlyInAnyOrder(Category.VETERAN_TEACHER, Category.VETERAN_MODEL);
        assertThat(created.serviceRoles()).hasSize(2);
        assertThat(created.partyMember()).isTrue();
        assertThat(created.fitForPatrol()).isFalse();
        assertThat(created.age()).isGreaterThanOrEqualTo(77);
    }

    @Test
    void theListShowsTheChosenOrganizationButNotTheWholeTree() throws Exception {
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/volunteers").param("organizationId", String.valueOf(world.villageA().id()))
                        .with(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the picker holds "all" and the choice; other organizations are found through its search box
        assertThat(page).contains("<option value=\"" + world.villageA().id() + "\" selected>"
                        + world.villageA().name() + "</option>", "巴特尔", "/organizations/picker")
                .doesNotContain(world.villageB().name());
    }

    @Test
    void listsAndTheApiShowPhoneAndIdNumberMasked() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        String page = mvc.perform(get("/volunteers").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("巴特尔", "139****5678", com.carenext.shared.Masking.idNumber(fullIdNumber))
                .doesNotContain("13912345678").doesNotContain(fullIdNumber);
        String json = mvc.perform(get("/api/v1/volunteers").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("139****5678").doesNotContain("13912345678").doesNotContain(fullIdNumber);
        String show = mvc.perform(get("/volunteers/" + elder.id()).with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(show).doesNotContain("13912345678").doesNotContain(fullIdNumber);
    }

    @Test
    void theExportIsMaskedByDefault() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        byte[] xlsx = com.carenext.support.Exports.download(mvc, manager, "VOLUNTEER");
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
        }
        assertThat(cells).contains("巴特尔", "139****5678", com.carenext.shared.Masking.idNumber(fullIdNumber))
                .doesNotContain("13912345678", fullIdNumber);
    }

    @Test
    void showingInFullIsADeliberateAuditedAction() throws Exception {
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        String page = mvc.perform(post("/volunteers/" + elder.id() + "/reveal").with(manager).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("13912345678", fullIdNumber);
        int recorded = jdbc.sql("""
                        SELECT COUNT(*) FROM audit_event WHERE action = 'Volunteer.reveal' AND username = :user
                        AND target_id = :id AND outcome = 'SUCCESS'""")
                .param("user", world.managerA().username()).param("id", String.valueOf(elder.id()))
                .query(Integer.class).single();
        assertThat(recorded).isEqualTo(1);
        mvc.perform(post("/api/v1/volunteers/" + elder.id() + "/reveal")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.idNumber").value(fullIdNumber));
    }

    @Test
    void aLeaderMayReadButNotRevealOrEdit() {
        Actor leader = Fixtures.actor(world.leader(), world.town());
        assertThat(volunteers.get(leader, elder.id()).name()).isEqualTo("巴特尔");
        assertThatThrownBy(() -> volunteers.reveal(leader, elder.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void statusChangesKeepTheirHistory() {
        Actor manager = world.managerAActor();
        VolunteerSummary paused = volunteers.changeStatus(manager, elder.id(), VolunteerStatus.PAUSED,
                LocalDate.of(2024, 1, 1), "住院治疗", elder.version());
        volunteers.changeStatus(manager, elder.id(), VolunteerStatus.ACTIVE, LocalDate.of(2024, 3, 1), "康复",
                paused.version());
        assertThat(volunteers.history(manager, elder.id())).extracting(StatusChange::status)
                .containsExactly(VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED, VolunteerStatus.ACTIVE);
        assertThatThrownBy(() -> volunteers.changeStatus(manager, elder.id(), VolunteerStatus.WITHDRAWN, null, null,
                elder.version())).isInstanceOf(com.carenext.shared.StaleEditException.class);
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwice() {
        VolunteerDraft twin = VolunteerTestData.draft("重复", world.villageA().id(), LocalDate.of(1950, 5, 6), null);
        VolunteerDraft same = new VolunteerDraft(twin.name(), twin.gender(), twin.ethnicity(), twin.birthDate(),
                twin.phone(), fullIdNumber, twin.organizationId(), false, null, twin.categories(), twin.serviceRoles(),
                null, false, null, null, null, null);
        assertThatThrownBy(() -> volunteers.register(world.managerAActor(), same))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("volunteer.idNumber.duplicate");
    }

    @Test
    void aVolunteerSeesOnlyTheirOwnRecord() throws Exception {
        UserView account = fixtures.user("vol" + elder.id(), world.villageA(), Role.VOLUNTEER);
        VolunteerSummary linked = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("其木格", world.villageA().id(), LocalDate.of(1955, 1, 2), account.id()));
        Actor self = Fixtures.actor(account, world.villageA());
        assertThat(volunteers.get(self, linked.id()).name()).isEqualTo("其木格");
        assertThatThrownBy(() -> volunteers.get(self, elder.id())).isInstanceOf(NotFoundException.class);
        assertThat(volunteers.page(self, VolunteerFilter.none(), null, 50).rows()).extracting(VolunteerSummary::name)
                .containsExactly("其木格");
        assertThat(volunteers.ofUser(account.id())).map(VolunteerSummary::id).contains(linked.id());
        mvc.perform(get("/volunteers/" + elder.id()).with(Fixtures.login(mvc, account.username())))
                .andExpect(status().isNotFound());
    }

    @Test
    void filtersAndKeysetPagesCoverEveryRowOnce() {
        Actor manager = world.managerAActor();
        for (int i = 0; i < 7; i++) {
            volunteers.register(manager, VolunteerTestData.draft("页" + i, world.villageA().id(),
                    LocalDate.of(1952, 1, 1 + i), null));
        }
        List<Long> seen = new ArrayList<>();
        Long before = null;
        do {
            VolunteerPage page = volunteers.page(manager, new VolunteerFilter(world.villageA().id(),
                    Category.VETERAN_CADRE, VolunteerStatus.ACTIVE, null), before, 3);
            page.rows().forEach(row -> seen.add(row.id()));
            before = page.nextBefore();
        } while (before != null);
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
        assertThat(volunteers.page(manager, new VolunteerFilter(null, Category.VETERAN_SOLDIER, null, null), null, 50)
                .rows()).isEmpty();
        assertThat(patrollers.search(manager, world.villageA().id(), "", 50)).hasSize(8);
    }

    @Test
    void theStatisticsPageCarriesTheFiguresForTheCharts() throws Exception {
        String page = mvc.perform(get("/volunteers/statistics").with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-chart=\"bar\"", "老干部|老战士", "/dist/echarts.min.js",
                "/js/volunteer-charts.js").doesNotContain("<script>");
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void statisticsCountByCategoryAgeAndStatus() {
        Actor office = world.officeActor();
        VolunteerStatistics statistics = volunteers.statistics(office);
        assertThat(statistics.byCategory().get(Category.VETERAN_CADRE)).isEqualTo(1);
        assertThat(statistics.byAgeBand().get("70to79")).isEqualTo(1);
        assertThat(statistics.byStatus().get(VolunteerStatus.ACTIVE)).isEqualTo(1);
        assertThat(statistics.byOrganization()).containsEntry(world.villageA().id(), 1);
    }
}
