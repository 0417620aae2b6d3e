package com.carenext.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class EducationBaseTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    EducationBases bases;
    @Autowired
    Materials materials;
    @Autowired
    Activities activities;
    @Autowired
    Volunteers volunteers;
    @Autowired
    com.carenext.organization.Organizations organizations;

    Fixtures.Town world;
    OrganizationSummary base;
    OrganizationSummary school;
    VolunteerSummary guide;

    @BeforeEach
    void aBaseUnderVillageA() {
        world = fixtures.town();
        base = fixtures.organization(world.officeActor(), world.villageA(), "牧区大寨基地" + world.town().id(),
                OrganizationType.EDUCATION_BASE);
        school = fixtures.organization(world.officeActor(), world.villageA(), "查汗淖学校" + world.town().id(),
                OrganizationType.SCHOOL);
        guide = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("老支书", world.villageA().id(), LocalDate.of(1948, 3, 1), null));
    }

    VisitDraft visit(LocalDate on, String group, Long schoolId, int students) {
        return new VisitDraft(on, group, schoolId == null ? "乌审召小学" : null, schoolId, students, 5, guide.id(), null);
    }

    @Test
    void visitsAreTotalledByYearWithTheirSchoolAndGuide() {
        bases.describe(world.managerAActor(), base.id(), new BaseProfile("治沙造林的“牧区大寨”。", "乌审召嘎查", 200,
                "宝老师 139", "周一至周五", null));
        bases.recordVisit(world.managerAActor(), base.id(), visit(LocalDate.of(2025, 10, 8), "四年级", school.id(), 40));
        bases.recordVisit(world.managerAActor(), base.id(), visit(LocalDate.of(2026, 4, 3), "五年级", school.id(), 52));
        VisitView third = bases.recordVisit(world.managerAActor(), base.id(),
                visit(LocalDate.of(2026, 9, 28), "少先队", null, 30));

        EducationBaseView seen = bases.get(world.officeActor(), base.id());
        assertThat(seen.profile().capacity()).isEqualTo(200);
        assertThat(seen.visits().rows()).hasSize(3).first().isEqualTo(third);
        assertThat(third.school()).isEqualTo("乌审召小学");
        assertThat(third.guideName()).isEqualTo("老支书");
        assertThat(seen.visits().rows().get(1).school()).isEqualTo(school.name());
        assertThat(seen.yearTotals()).containsExactly(new EducationBaseView.YearTotal(2026, 2, 82),
                new EducationBaseView.YearTotal(2025, 1, 40));
        assertThat(bases.list(world.managerAActor())).extracting(EducationBaseView::name).containsExactly(base.name());
        assertThat(bases.list(world.managerBActor())).isEmpty();

        // a school must be a school; a profile edit with an old version is refused
        assertThatThrownBy(() -> bases.recordVisit(world.managerAActor(), base.id(),
                visit(LocalDate.of(2026, 5, 1), "团员", world.villageA().id(), 3)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("base.visit.notASchool");
        bases.describe(world.managerAActor(), base.id(), new BaseProfile("新简介", null, 100, null, null, 0L));
        assertThatThrownBy(() -> bases.describe(world.managerAActor(), base.id(),
                new BaseProfile("旧简介", null, 100, null, null, 0L)))
                .isInstanceOf(com.carenext.shared.StaleEditException.class);

        // the base moves to village B: its profile and visits go with it
        organizations.move(world.officeActor(), base.id(), world.villageB().id(),
                organizations.get(world.officeActor(), base.id()).version());
        assertThat(bases.get(world.managerBActor(), base.id()).visits().rows()).hasSize(3);
        assertThatThrownBy(() -> bases.get(world.managerAActor(), base.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void materialsAreFoundByTagAndCitedByActivities() {
        MaterialView red = materials.add(world.managerAActor(), new MaterialDraft(base.id(), MaterialKind.RED_STORY,
                "草原英雄小姐妹", "龙梅和玉荣保护集体羊群的故事。", "红色故事，英雄、 少年"));
        MaterialView dazhai = materials.add(world.managerAActor(), new MaterialDraft(base.id(),
                MaterialKind.DAZHAI_STORY, "宝日勒岱治沙", "“牧区大寨”乌审召的治沙故事。", "大寨、治沙"));
        assertThat(red.tags()).containsExactly("红色故事", "英雄", "少年");
        assertThat(materials.search(world.officeActor(), "治沙", null, 50)).containsExactly(dazhai);
        assertThat(materials.search(world.officeActor(), "英雄", null, 50)).containsExactly(red);
        assertThat(materials.search(world.officeActor(), "羊群", null, 50)).containsExactly(red);
        assertThat(materials.search(world.officeActor(), "100%", null, 50)).isEmpty();
        assertThat(materials.search(world.officeActor(), null, null, 50)).containsExactly(dazhai, red);
        assertThat(materials.search(world.managerBActor(), null, null, 50)).isEmpty();
        assertThat(bases.get(world.managerAActor(), base.id()).materials().rows()).containsExactly(dazhai, red);

        ActivityView activity = activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(),
                ActivityType.RED_EDUCATION, "讲好红色故事", LocalDateTime.of(2026, 4, 3, 9, 0), "基地", List.of(),
                List.of(), 50, 0, 5, null, null, null, List.of(red.id(), dazhai.id(), red.id())));
        assertThat(activity.materials()).extracting(ActivityView.Cited::title)
                .containsExactly("草原英雄小姐妹", "宝日勒岱治沙");
        // a material outside the caller's subtree cannot be cited
        MaterialView foreign = materials.add(world.managerBActor(), new MaterialDraft(world.villageB().id(),
                MaterialKind.OTHER, "乙村资料", "乙村的材料", null));
        assertThatThrownBy(() -> activities.update(world.managerAActor(), activity.id(), new ActivityDraft(
                world.villageA().id(), ActivityType.RED_EDUCATION, "讲好红色故事", LocalDateTime.of(2026, 4, 3, 9, 0),
                "基地", List.of(), List.of(), 50, 0, 5, null, null, activity.version(), List.of(foreign.id()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> materials.get(world.managerAActor(), foreign.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void pagesAndApiShowTheBaseAndRefuseBadInputAndOtherVillages() throws Exception {
        MaterialView red = materials.add(world.managerAActor(), new MaterialDraft(base.id(), MaterialKind.RED_STORY,
                "草原英雄小姐妹", "龙梅和玉荣的故事。", "红色故事"));
        ActivityView activity = activities.record(world.managerAActor(), new ActivityDraft(world.villageA().id(),
                ActivityType.RED_EDUCATION, "清明祭英烈", LocalDateTime.of(2026, 4, 3, 9, 0), "基地", List.of(),
                List.of(), 50, 0, 5, null, null, null, List.of(red.id())));
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(get("/activities/" + activity.id()).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("草原英雄小姐妹")));
        mvc.perform(get("/activities/" + activity.id() + "/edit").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("草原英雄小姐妹")));
        mvc.perform(get("/education-bases").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(base.name())));

        mvc.perform(post("/education-bases/" + base.id() + "/visits").param("visitedOn", "2026-05-04")
                        .param("visitingGroup", "六年级").param("schoolId", String.valueOf(school.id()))
                        .param("students", "45").param("adults", "4").param("guideId", String.valueOf(guide.id()))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/education-bases/" + base.id() + "/visits").param("visitedOn", "2026-05-04")
                        .param("visitingGroup", "六年级").param("students", "-3").param("adults", "0")
                        .with(manager).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/education-bases/" + base.id() + "/profile").param("introduction", "基地简介正文")
                        .param("capacity", "300").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/education-bases/" + base.id() + "/materials").param("organizationId", "0")
                        .param("kind", "DAZHAI_STORY").param("title", "治沙英雄").param("body", "正文")
                        .param("tags", "大寨,治沙").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/education-bases/" + base.id()).with(manager)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("基地简介正文"),
                        Matchers.containsString("六年级"), Matchers.containsString("老支书"),
                        Matchers.containsString("治沙英雄"))));
        mvc.perform(get("/materials").param("q", "治沙").with(manager)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("治沙英雄"),
                        Matchers.not(Matchers.containsString("草原英雄小姐妹")))));

        // the API: totals, search, a negative student count refused in Chinese, another village's base not found
        String api = world.managerA().username();
        mvc.perform(get("/api/v1/education-bases/" + base.id()).with(httpBasic(api, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.yearTotals[0].students").value(45))
                .andExpect(jsonPath("$.visits.rows[0].guideName").value("老支书"));
        mvc.perform(post("/api/v1/education-bases/" + base.id() + "/visits").with(httpBasic(api, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visitedOn\":\"2026-06-01\",\"visitingGroup\":\"七年级\",\"students\":-1,\"adults\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("不能小于")));
        mvc.perform(post("/api/v1/education-bases/" + base.id() + "/visits").with(httpBasic(api, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"visitedOn\":\"2026-06-01\",\"visitingGroup\":\"七年级\",\"school\":\"嘎查小学\",\"students\":20,\"adults\":2}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.school").value("嘎查小学"));
        mvc.perform(get("/api/v1/materials").param("q", "红色故事").with(httpBasic(api, Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("草原英雄小姐妹"));
        mvc.perform(post("/api/v1/materials").with(httpBasic(api, Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + base.id() + ",\"kind\":\"CONTEMPORARY_STORY\",\"title\":\"新时代\",\"body\":\"正文\",\"tags\":\"当代\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tags[0]").value("当代"));

        RequestPostProcessor other = Fixtures.login(mvc, world.managerB().username());
        mvc.perform(get("/education-bases/" + base.id()).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/materials/" + red.id()).with(other)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/education-bases/" + base.id() + "/visits")
                .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD))).andExpect(status().isNotFound());
        // a committee is not a base
        mvc.perform(get("/education-bases/" + world.villageA().id()).with(manager)).andExpect(status().isNotFound());
    }
}
