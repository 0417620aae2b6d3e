package com.carenext.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.Accounts;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.StaleEditException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@CareNextTest
class OrganizationTreeTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OrganizationPathCopies> pathCopies;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Organizations organizations;
    @Autowired
    Accounts accounts;

    Fixtures.Town world;

    @BeforeEach
    void town() {
        world = fixtures.town();
    }

    @Test
    void aNewOrganizationGetsItsPathUnderItsParent() {
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(), "甲村小学",
                OrganizationType.SCHOOL);
        assertThat(school.path()).isEqualTo(world.villageA().path() + school.id() + "/");
        assertThat(school.depth()).isEqualTo(2);
        assertThat(organizations.children(world.officeActor(), world.villageA().id()))
                .extracting(OrganizationSummary::name).containsExactly("甲村小学");
        assertThat(organizations.children(world.officeActor(), null).get(0).childCount()).isEqualTo(2);
    }

    @Test
    void everyTableThatCopiesAnOrganizationPathIsRewrittenByAMove() {
        List<String> withPathCopy = jdbc.sql("""
                        SELECT LOWER(table_name) FROM information_schema.columns
                        WHERE LOWER(column_name) = 'organization_path' AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)""")
                .query(String.class).list();
        List<String> registered = pathCopies.stream().flatMap(copies -> copies.tables().stream()).toList();
        assertThat(withPathCopy).isNotEmpty();
        assertThat(registered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(withPathCopy);
    }

    @Test
    void movingCarriesTheWholeSubtreeAndTheAccountsWithIt() {
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(), "甲村小学",
                OrganizationType.SCHOOL);
        var teacher = fixtures.user("teacher" + school.id(), school, com.carenext.shared.Role.ORG_MANAGER);

        organizations.move(world.officeActor(), world.villageA().id(), world.villageB().id(),
                organizations.get(world.officeActor(), world.villageA().id()).version());

        OrganizationSummary movedSchool = organizations.get(world.officeActor(), school.id());
        assertThat(movedSchool.path())
                .isEqualTo(world.villageB().path() + world.villageA().id() + "/" + school.id() + "/");
        assertThat(movedSchool.depth()).isEqualTo(3);
        assertThat(accounts.get(Fixtures.actor(world.security(), world.town()), teacher.id()).organizationPath())
                .isEqualTo(movedSchool.path());
        // The other village's manager now reaches the moved subtree; village A's own manager keeps his own node.
        assertThat(organizations.get(world.managerBActor(), school.id()).name()).isEqualTo("甲村小学");
    }

    @Test
    void movingUnderItsOwnDescendantIsRefusedWithAClearMessage() throws Exception {
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(), "甲村小学",
                OrganizationType.SCHOOL);
        long version = organizations.get(world.officeActor(), world.villageA().id()).version();

        assertThatThrownBy(() -> organizations.move(world.officeActor(), world.villageA().id(), school.id(), version))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("organization.move.intoOwnSubtree");

        mvc.perform(post("/organizations/{id}/move", world.villageA().id()).param("parentId", "" + school.id())
                        .param("version", "" + version).with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("failure", "organization.move.intoOwnSubtree"));

        mvc.perform(post("/api/v1/organizations/{id}/move", world.villageA().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + school.id() + ",\"version\":" + version + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("不能把“" + world.villageA().name() + "”移到它自己的下级“甲村小学”之下。"));

        mvc.perform(post("/api/v1/organizations/{id}/move", world.villageA().id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + world.villageA().id() + ",\"version\":" + version + "}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(organizations.get(world.officeActor(), world.villageA().id()).path())
                .isEqualTo(world.villageA().path());
    }

    @Test
    void aStaleEditConflictsInsteadOfOverwriting() throws Exception {
        OrganizationSummary village = organizations.get(world.officeActor(), world.villageA().id());
        organizations.describe(world.officeActor(), village.id(), new OrganizationDraft("甲村（新名）",
                village.type(), null, 0, null, null, null, village.version()));

        assertThatThrownBy(() -> organizations.describe(world.officeActor(), village.id(),
                new OrganizationDraft("甲村（旧表单）", village.type(), null, 0, null, null, null, village.version())))
                .isInstanceOf(StaleEditException.class);

        mvc.perform(post("/organizations/{id}", village.id()).param("name", "又一个旧表单").param("type", "VILLAGE_COMMITTEE")
                        .param("version", "" + village.version())
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已被其他人修改")));
        assertThat(organizations.get(world.officeActor(), village.id()).name()).isEqualTo("甲村（新名）");
    }

    @Test
    void deactivationKeepsHistoryAndWaitsForChildren() {
        fixtures.organization(world.officeActor(), world.villageA(), "甲村小学", OrganizationType.SCHOOL);
        long version = organizations.get(world.officeActor(), world.villageA().id()).version();
        assertThatThrownBy(() -> organizations.setActive(world.officeActor(), world.villageA().id(), false, version))
                .hasMessageContaining("hasActiveChildren");
        OrganizationSummary inactive = organizations.setActive(world.officeActor(), world.villageB().id(), false,
                organizations.get(world.officeActor(), world.villageB().id()).version());
        assertThat(inactive.active()).isFalse();
        assertThat(organizations.subtree(world.officeActor(), false)).extracting(OrganizationSummary::id)
                .doesNotContain(world.villageB().id());
        assertThat(organizations.subtree(world.officeActor(), true)).extracting(OrganizationSummary::id)
                .contains(world.villageB().id());
    }

    @Test
    void onlyTheTownOfficeShapesTheTree() {
        assertThatThrownBy(() -> fixtures.organization(world.managerAActor(), world.villageA(), "私设组织",
                OrganizationType.SCHOOL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesShowTheTreeLazilyAndSearchByName() throws Exception {
        var session = Fixtures.login(mvc, world.office().username());
        fixtures.organization(world.officeActor(), world.villageA(), "甲村深处小学", OrganizationType.SCHOOL);
        mvc.perform(get("/organizations").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.town().name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.villageA().name())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("甲村深处小学"))));
        mvc.perform(get("/organizations/{id}/children", world.villageA().id()).with(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("甲村深处小学")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        mvc.perform(get("/organizations").param("q", "乙村").with(session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.villageB().name())));
    }

    @Test
    void thePickerFindsOrganizationsOfTheSubtreeOnlyAndSaysWhenThereAreMore() throws Exception {
        for (int i = 1; i <= OrganizationPages.PICKER_LIMIT + 1; i++) {
            fixtures.organization(world.officeActor(), world.villageA(), "甲村第" + i + "小组", OrganizationType.PARTNER_UNIT);
        }
        fixtures.organization(world.officeActor(), world.villageB(), "乙村小组", OrganizationType.PARTNER_UNIT);
        var office = Fixtures.login(mvc, world.office().username());
        var managerA = Fixtures.login(mvc, world.managerA().username());
        // every match shows its parent, since unit names repeat across villages and towns
        mvc.perform(get("/organizations/picker").param("q", "第1小组").with(office).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(world.villageA().name() + " › 甲村第1小组")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
        String many = mvc.perform(get("/organizations/picker").param("q", "小组").with(office))
                .andReturn().getResponse().getContentAsString();
        assertThat(many.split("<option value=\"\\d").length - 1).as("matches listed").isEqualTo(OrganizationPages.PICKER_LIMIT);
        assertThat(many).contains("只列出前 20 个");
        // a manager of village A finds nothing of village B, and a foreign selection is not echoed
        mvc.perform(get("/organizations/picker").param("q", "乙村").param("selected", String.valueOf(world.villageB().id()))
                        .with(managerA))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("乙村"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("找到 0 个组织")));
        // an empty text lists the caller's own organization first, then the level below it
        mvc.perform(get("/organizations/picker").with(managerA))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">" + world.villageA().name() + "<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("甲村第1小组")));
    }

    @Test
    void aFormPickerKeepsItsChoicesFiltersByKindAndOffersCheckboxesForSeveral() throws Exception {
        OrganizationSummary school = fixtures.organization(world.officeActor(), world.villageA(), "甲村选择小学",
                OrganizationType.SCHOOL);
        fixtures.organization(world.officeActor(), world.villageA(), "甲村选择派出所", OrganizationType.PARTNER_UNIT);
        Fixtures.Town other = fixtures.town();
        var office = Fixtures.login(mvc, world.office().username());
        // a required field: no empty choice once one is chosen; the choice sent as the field itself comes first
        String required = mvc.perform(get("/organizations/picker").param("field", "ownerId").param("required", "true")
                        .param("empty", "common.choose").param("q", "选择")
                        .param("ownerId", String.valueOf(school.id())).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(required).doesNotContain("value=\"\"").containsPattern("<option value=\"" + school.id()
                + "\" selected[^>]*>甲村选择小学</option>").contains("甲村选择派出所", "id=\"ownerId-status\"");
        assertThat(required.indexOf("甲村选择小学")).isEqualTo(required.lastIndexOf("甲村选择小学"));
        // nothing chosen yet: 请选择 first
        assertThat(mvc.perform(get("/organizations/picker").param("required", "true").param("empty", "common.choose")
                .with(office)).andReturn().getResponse().getContentAsString()).contains("<option value=\"\" selected")
                .contains("请选择");
        // by kind: only schools
        assertThat(mvc.perform(get("/organizations/picker").param("q", "选择").param("types", "SCHOOL").with(office))
                .andReturn().getResponse().getContentAsString()).contains("甲村选择小学").doesNotContain("甲村选择派出所");
        // several: the ticked ones stay ticked and first, the matches come unticked, a foreign one is dropped
        String several = mvc.perform(get("/organizations/picker").param("field", "targetIds").param("multiple", "true")
                        .param("q", "派出所").param("targetIds", String.valueOf(school.id()),
                                String.valueOf(other.villageA().id())).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(several).containsPattern("type=\"checkbox\" name=\"targetIds\" value=\"" + school.id() + "\" checked")
                .contains("甲村选择派出所").doesNotContain(other.villageA().name()).doesNotContain("<option");
        assertThat(several.indexOf("甲村选择小学")).isLessThan(several.indexOf("甲村选择派出所"));
        // an unknown kind is bad input, not a server error
        mvc.perform(get("/organizations/picker").param("types", "CASTLE").with(office))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theApiListsCreatesAndScopes() throws Exception {
        mvc.perform(post("/api/v1/organizations").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"甲村幼儿园\",\"type\":\"KINDERGARTEN\",\"parentId\":" + world.villageA().id() + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.path").value(org.hamcrest.Matchers.startsWith(world.villageA().path())));
        mvc.perform(get("/api/v1/organizations").param("all", "true")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        world.villageA().name(), "甲村幼儿园")));
        mvc.perform(get("/api/v1/organizations/{id}", world.villageB().id())
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有找到您要的内容，或您无权查看。"));
    }
}
