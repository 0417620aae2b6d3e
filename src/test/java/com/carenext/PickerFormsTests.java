package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No form lists the caller's whole subtree: an organization field holds only its current choice(s) and searches the
 * tree through the picker (templates/organization/picker.html), so a form costs the same for a town and a region
 * with 15,000 units. The chosen value and its name survive a form that comes back with errors; a foreign id is
 * still refused by the server and its name never shown.
 */
@CareNextTest
class PickerFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    com.carenext.volunteer.Volunteers volunteers;

    Fixtures.Town world;
    OrganizationSummary deep;
    RequestPostProcessor office;

    @BeforeEach
    void aTownWithUnitsNoFormShows() throws Exception {
        world = fixtures.town();
        // units of the subtree that none of the forms has chosen: a whole-subtree select would list them
        OrganizationSummary group = fixtures.organization(world.officeActor(), world.villageB(), "乙村深处小组",
                OrganizationType.PARTNER_UNIT);
        deep = fixtures.organization(world.officeActor(), group, "乙村更深处学校", OrganizationType.SCHOOL);
        office = Fixtures.login(mvc, world.office().username());
    }

    @Test
    void everyFormWithAnOrganizationFieldHoldsOnlyItsChoiceAndThePickerSearch() throws Exception {
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.town(), "测试教育基地",
                OrganizationType.EDUCATION_BASE);
        List<MockHttpServletRequestBuilder> forms = List.of(get("/volunteers/new"), get("/activities/new"),
                get("/organizations/{id}", world.villageA().id()), get("/education-bases/{id}", base.id()),
                get("/study-sessions/new"), get("/water-bodies/new"), get("/publicity/articles/new"),
                get("/publicity/correspondents/new"), get("/notices/new"),
                post("/plans/import").param("text", seed()).with(csrf()));
        // every offending form is named at once (soft assertions)
        var softly = new org.assertj.core.api.SoftAssertions();
        for (MockHttpServletRequestBuilder form : forms) {
            String html = mvc.perform(form.with(office)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            String url = form.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
            softly.assertThat(html).as(url).doesNotContain("深处").doesNotContain(world.villageB().name())
                    .contains("/organizations/picker?field=");
        }
        // the picker's optional parameters are not taken from the page's own model (the activity form has "types")
        softly.assertThat(mvc.perform(get("/activities/new").with(office)).andReturn().getResponse().getContentAsString())
                .contains("hx-get=\"/organizations/picker?field=organizationId&amp;required=true&amp;empty=common.choose\"")
                .contains("hx-get=\"/organizations/picker?field=partnerIds&amp;multiple=true\"");
        var security = Fixtures.login(mvc, world.security().username());
        String users = mvc.perform(get("/users/new").with(security)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        softly.assertThat(users).as("/users/new").doesNotContain("深处").doesNotContain(world.villageB().name())
                .contains("/organizations/picker?field=organizationId", world.town().name());
        softly.assertAll();
    }

    @Test
    void aFormWithErrorsKeepsTheChosenOrganizationsWithTheirNames() throws Exception {
        // one organization: a 五老 without a name comes back with the chosen unit selected and named
        String volunteer = mvc.perform(post("/volunteers").param("name", "").param("birthDate", "1950-01-01")
                        .param("organizationId", String.valueOf(deep.id())).param("categories", "VETERAN_TEACHER")
                        .with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(volunteer).containsPattern("<option value=\"" + deep.id() + "\" selected[^>]*>乙村更深处学校</option>")
                .doesNotContain("乙村深处小组");
        // several organizations: a study session without a topic keeps its ticked target units
        String study = mvc.perform(post("/study-sessions").param("organizationId", String.valueOf(world.town().id()))
                        .param("kind", "STUDY").param("topic", "").param("mode", "OFFLINE")
                        .param("startsAt", "2026-06-01T09:00").param("hours", "2")
                        .param("targetOrganizationIds", String.valueOf(world.villageA().id()), String.valueOf(deep.id()))
                        .with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(study).containsPattern("value=\"" + world.villageA().id() + "\" checked")
                .containsPattern("value=\"" + deep.id() + "\" checked")
                .contains(world.villageA().name(), "乙村更深处学校").doesNotContain("乙村深处小组");
    }

    /** The activity's 五老 are ticked through a picker of the registry, not listed from every active 五老. */
    @Test
    void theActivityFormHoldsItsTickedEldersOnlyAndTheirPickerFindsByName() throws Exception {
        var a = volunteers.register(world.officeActor(), com.carenext.volunteer.VolunteerTestData.draft("巴特尔",
                world.villageA().id(), java.time.LocalDate.of(1950, 3, 1), null));
        volunteers.register(world.officeActor(), com.carenext.volunteer.VolunteerTestData.draft("乌云其木格",
                world.villageB().id(), java.time.LocalDate.of(1952, 5, 1), null));
        Fixtures.Town other = fixtures.town();
        var foreign = volunteers.register(other.officeActor(), com.carenext.volunteer.VolunteerTestData.draft(
                "外镇老人", other.villageA().id(), java.time.LocalDate.of(1951, 1, 1), null));
        String form = mvc.perform(get("/activities/new").with(office)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).doesNotContain("巴特尔").doesNotContain("乌云其木格")
                .contains("hx-get=\"/volunteers/picker?field=volunteerIds&amp;multiple=true\"");
        // an activity without a title comes back with its ticked 五老, named
        String invalid = mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "LEGAL_EDUCATION").param("title", "").param("startsAt", "2026-07-02T15:00")
                        .param("youths", "1").param("parents", "0").param("others", "0")
                        .param("volunteerIds", String.valueOf(a.id()), String.valueOf(foreign.id()))
                        .with(office).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).containsPattern("name=\"volunteerIds\" value=\"" + a.id() + "\" checked")
                .contains("巴特尔").doesNotContain("外镇老人").doesNotContain("乌云其木格");
        // the picker: ticked first, then matches with their organization; a foreign one is dropped, never named
        String found = mvc.perform(get("/volunteers/picker").param("multiple", "true").param("q", "乌云").param("volunteerIds",
                        String.valueOf(a.id()), String.valueOf(foreign.id())).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(found).containsPattern("value=\"" + a.id() + "\" checked")
                .contains("乌云其木格（" + world.villageB().name() + "）", "找到 1 位五老").doesNotContain("外镇老人");
        // one 五老 (a base visit's guide): the page holds none of them, the picker answers options
        OrganizationSummary base = fixtures.organization(world.officeActor(), world.town(), "测试教育基地",
                OrganizationType.EDUCATION_BASE);
        assertThat(mvc.perform(get("/education-bases/{id}", base.id()).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).doesNotContain("巴特尔").doesNotContain("乌云其木格")
                .contains("hx-get=\"/volunteers/picker?field=guideId&amp;required=false&amp;empty=common.none\"");
        assertThat(mvc.perform(get("/volunteers/picker").param("field", "guideId").param("q", "巴特").with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("<option value=\"" + a.id() + "\">巴特尔（" + world.villageA().name() + "）</option>")
                .doesNotContain("checkbox");
    }

    @Test
    void aForeignOrganizationIsRefusedAndNeverNamed() throws Exception {
        Fixtures.Town other = fixtures.town();
        var managerA = Fixtures.login(mvc, world.managerA().username());
        String refused = mvc.perform(post("/volunteers").param("name", "")
                        .param("birthDate", "1950-01-01").param("organizationId", String.valueOf(other.villageA().id()))
                        .param("categories", "VETERAN_TEACHER").with(managerA).with(csrf()))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        assertThat(refused).doesNotContain(other.villageA().name());
        mvc.perform(post("/volunteers").param("name", "外村的人").param("birthDate", "1950-01-01")
                        .param("organizationId", String.valueOf(world.villageB().id()))
                        .param("categories", "VETERAN_TEACHER").with(managerA).with(csrf()))
                .andExpect(status().is4xxClientError());
    }

    private static String seed() throws IOException {
        try (InputStream in = PickerFormsTests.class.getResourceAsStream("/demo/plan-2023.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
