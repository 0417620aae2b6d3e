package com.carenext.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class ActivityPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Activities activities;

    @Test
    void aManagerRecordsAnActivityWithAPhotoAndTheOfficeExportsIt() throws Exception {
        Fixtures.Town world = fixtures.town();
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(get("/activities/new").with(manager)).andExpect(status().isOk());
        mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "DROWNING_PREVENTION_TALK").param("title", "暑期防溺水宣讲会")
                        .param("startsAt", "2026-07-02T15:00").param("youths", "80").param("parents", "12")
                        .param("others", "3").param("partnerIds", String.valueOf(world.villageB().id()))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ActivityView activity = activities.page(world.managerAActor(), ActivityFilter.none(), null, 5).get(0);
        mvc.perform(post("/activities").param("title", "").with(manager).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(multipart("/activities/" + activity.id() + "/photos")
                        .file(new MockMultipartFile("photo", "evil.jpg", "image/jpeg", PhotoSamples.SCRIPT))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.get(world.managerAActor(), activity.id()).photoIds()).isEmpty();
        mvc.perform(multipart("/activities/" + activity.id() + "/photos")
                        .file(new MockMultipartFile("photo", "talk.jpg", "image/jpeg", PhotoSamples.jpegWithGpsExif()))
                        .with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photoId = activities.get(world.managerAActor(), activity.id()).photoIds().get(0);
        mvc.perform(get("/activity-photos/" + photoId).param("thumbnail", "true").with(manager)).andExpect(status().isOk());

        RequestPostProcessor partner = Fixtures.login(mvc, world.managerB().username());
        assertThat(mvc.perform(get("/activities").with(partner)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("暑期防溺水宣讲会");
        mvc.perform(post("/activities/" + activity.id() + "/confirm").with(partner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(activities.get(world.officeActor(), activity.id()).partners().get(0).isConfirmed()).isTrue();

        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        mvc.perform(get("/activities/" + activity.id()).with(office)).andExpect(status().isOk());
        mvc.perform(get("/activities/statistics").param("year", "2026").with(office)).andExpect(status().isOk());
        mvc.perform(get("/patrol").with(office)).andExpect(status().isOk());
        byte[] xlsx = com.carenext.support.Exports.download(mvc, office, "ACTIVITY");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(2).getStringCellValue()).isEqualTo("暑期防溺水宣讲会");
        }
    }

    @Autowired
    com.carenext.volunteer.Volunteers volunteers;

    /** The filter's pickers hold "all" and the choice, not the whole subtree: the page costs the same at any size. */
    @Test
    void theListShowsTheChosenOrganizationsButNotTheWholeTree() throws Exception {
        var world = fixtures.town();
        var office = Fixtures.login(mvc, world.office().username());
        String page = mvc.perform(get("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .with(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"" + world.villageA().id() + "\" selected>"
                        + world.villageA().name() + "</option>", "/organizations/picker?field=partnerId")
                .doesNotContain(world.villageB().name());
        // an organization out of the caller's reach is not echoed back by name
        var managerA = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(get("/activities").param("partnerId", String.valueOf(world.villageB().id())).with(managerA))
                .andExpect(status().isNotFound());
    }

    @Test
    void editingAnActivityKeepsItsFiveElders() throws Exception {
        Fixtures.Town world = fixtures.town();
        var elder = volunteers.register(world.managerAActor(), com.carenext.volunteer.VolunteerTestData.draft(
                "老校长", world.villageA().id(), java.time.LocalDate.of(1950, 9, 1), null));
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(post("/activities").param("organizationId", String.valueOf(world.villageA().id()))
                        .param("type", "FAMILY_VALUES").param("title", "家风讲座").param("startsAt", "2026-05-02T15:00")
                        .param("youths", "30").param("parents", "10").param("others", "0")
                        .param("volunteerIds", String.valueOf(elder.id())).with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ActivityView activity = activities.page(world.managerAActor(), ActivityFilter.none(), null, 5).get(0);
        assertThat(activity.elders()).containsExactly("老校长");

        var form = mvc.perform(get("/activities/" + activity.id() + "/edit").with(manager)).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("draft");
        assertThat(((ActivityDraft) form).volunteerIds()).containsExactly(elder.id());
    }
}
