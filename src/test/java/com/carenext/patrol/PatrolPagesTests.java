package com.carenext.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.activity.PhotoSamples;
import com.carenext.security.UserView;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class PatrolPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    WaterBodies waterBodies;
    @Autowired
    PatrolLog patrolLog;
    @Autowired
    Hazards hazards;
    @Autowired
    Clock clock;

    Fixtures.Town world;
    UserView elder;
    WaterBodyView lake;

    @BeforeEach
    void aLakeAndItsVolunteer() {
        world = fixtures.town();
        elder = fixtures.user("pagepatrol" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("敖日格勒", world.villageA().id(), LocalDate.of(1951, 7, 8), elder.id()));
        lake = waterBodies.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(), "查干淖尔",
                WaterKind.NAOER, RiskTier.YELLOW, null, null, "嘎查长", null));
    }

    long checkIn(RequestPostProcessor session) throws Exception {
        mvc.perform(post("/patrol/check-in/" + lake.id()).param("latitude", "38.95").param("longitude", "109.01")
                .with(session).with(csrf())).andExpect(status().is3xxRedirection());
        return patrolLog.openPatrol(Fixtures.actor(elder, world.villageA())).orElseThrow().id();
    }

    @Test
    void aScriptRenamedJpgIsRefusedAndThePatrolStaysOpen() throws Exception {
        RequestPostProcessor session = Fixtures.login(mvc, elder.username());
        long patrolId = checkIn(session);
        String page = mvc.perform(multipart("/patrols/" + patrolId + "/check-out")
                        .file(new MockMultipartFile("photo", "lake.jpg", "image/jpeg", PhotoSamples.SCRIPT))
                        .param("dissuaded", "1").param("hazardType", "OTHER").param("severity", "HIGH")
                        .param("hazardDescription", "岸边有可疑物品").with(session).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("不是可接受的照片");
        assertThat(patrolLog.get(Fixtures.actor(elder, world.villageA()), patrolId).isOpen()).isTrue();
        assertThat(hazards.hazards(world.managerAActor(), true, null, 10)).isEmpty();
    }

    @Test
    void aPatrolFromThePhoneReachesTheManagerAndTheCoverageReport() throws Exception {
        RequestPostProcessor session = Fixtures.login(mvc, elder.username());
        mvc.perform(get("/patrol/check-in/" + lake.id()).with(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("check-in-submit")));
        long patrolId = checkIn(session);
        mvc.perform(multipart("/patrols/" + patrolId + "/check-out")
                        .file(new MockMultipartFile("photo", "x.png", "image/png", PhotoSamples.jpegWithGpsExif()))
                        .param("dissuaded", "1").param("hazardType", "CHILDREN_SWIMMING").param("severity", "HIGH")
                        .param("hazardDescription", "三名孩子在南岸玩水").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/patrols/" + patrolId + "/check-out").param("dissuaded", "0").with(session).with(csrf()))
                .andExpect(status().is(422));

        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        String hazardPage = mvc.perform(get("/hazards").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(hazardPage).contains("三名孩子在南岸玩水");
        HazardView hazard = hazards.hazards(world.managerAActor(), true, null, 5).get(0);
        byte[] photo = mvc.perform(get("/hazards/" + hazard.id() + "/photo").with(manager)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(PhotoSamples.contains(photo, "GPS")).isFalse();
        mvc.perform(post("/hazards/" + hazard.id() + "/close").param("resolution", "已联系家长并加装护栏")
                .param("version", String.valueOf(hazard.version())).with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(hazards.hazards(world.managerAActor(), true, null, 5)).isEmpty();

        LocalDate today = LocalDate.now(clock);
        RequestPostProcessor office = Fixtures.login(mvc, world.office().username());
        String report = mvc.perform(get("/patrol/coverage").param("from", today.toString()).param("to", today.toString())
                .with(office)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("查干淖尔");
        byte[] xlsx = mvc.perform(get("/patrol/coverage.xlsx").param("from", today.toString())
                        .param("to", today.toString()).with(office)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("查干淖尔");
        }
        mvc.perform(get("/patrol").with(office)).andExpect(status().isOk());
        mvc.perform(get("/water-bodies/" + lake.id()).with(office)).andExpect(status().isOk());
        mvc.perform(get("/water-bodies/" + lake.id() + "/qr").with(office)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(lake.checkInCode())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
        mvc.perform(get("/patrol/my").with(session)).andExpect(status().isOk());
    }

    @Test
    void theApiRefusesASecondCheckOut() throws Exception {
        String created = mvc.perform(post("/api/v1/patrols").with(httpBasic(elder.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"waterBodyId\":" + lake.id() + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long patrolId = Long.parseLong(created.replaceAll(".*?\"id\":(\\d+).*", "$1"));
        String body = "{\"dissuaded\":2,\"hazards\":[{\"type\":\"STEEP_BANK\",\"severity\":\"MEDIUM\",\"description\":\"东岸塌方\"}]}";
        mvc.perform(post("/api/v1/patrols/" + patrolId + "/check-out").with(httpBasic(elder.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/patrols/" + patrolId + "/check-out").with(httpBasic(elder.username(), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().is(422));
        mvc.perform(get("/api/v1/hazards").with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("东岸塌方")));
        mvc.perform(get("/api/v1/hazards").with(httpBasic(world.managerB().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("东岸塌方"))));
    }
}
