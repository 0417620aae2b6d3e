package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class ServiceHoursTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    ServiceHours hours;

    Fixtures.Town world;
    UserView account;
    VolunteerSummary elder;
    Actor self;

    @BeforeEach
    void aVolunteerWithAnAccount() {
        world = fixtures.town();
        account = fixtures.user("hours" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        elder = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("斯琴", world.villageA().id(), LocalDate.of(1951, 7, 8), account.id()));
        self = Fixtures.actor(account, world.villageA());
    }

    @Test
    void aVolunteerLogsFromThePhonePageAndTheManagerApproves() throws Exception {
        RequestPostProcessor phone = Fixtures.login(mvc, account.username());
        LocalDate day = LocalDate.now().minusDays(2);
        mvc.perform(post("/my/hours").with(phone).with(csrf()).param("servedOn", day.toString())
                        .param("description", "河边防溺水劝导").param("hours", "3.5"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/my/hours").with(phone).with(csrf()).param("servedOn", LocalDate.now().plusDays(3).toString())
                        .param("description", "明天的事").param("hours", "30"))
                .andExpect(status().isBadRequest());
        List<HoursEntry> mine = hours.mine(self);
        assertThat(mine).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(HourStatus.SUBMITTED);
            assertThat(entry.hours()).isEqualByComparingTo("3.5");
        });
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        assertThat(mvc.perform(get("/service-hours").with(manager)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("河边防溺水劝导");
        mvc.perform(post("/service-hours/" + mine.get(0).id() + "/approve").with(manager).with(csrf())
                        .param("version", String.valueOf(mine.get(0).version())))
                .andExpect(status().is3xxRedirection());
        assertThat(hours.mine(self).get(0).status()).isEqualTo(HourStatus.APPROVED);
        assertThat(hours.totalsByPerson(world.officeActor(), day.getYear(), 0).rows())
                .singleElement().satisfies(total -> assertThat(total.hours()).isEqualByComparingTo("3.5"));
        assertThat(hours.totalsByOrganization(world.officeActor(), day.getYear(), 0).rows())
                .singleElement().satisfies(total -> assertThat(total.organizationId()).isEqualTo(world.villageA().id()));
    }

    @Test
    void returningNeedsAReasonAndAVolunteerCannotReview() {
        HoursEntry entry = hours.log(self, new HoursDraft(LocalDate.now(), "入户走访", new BigDecimal("2")));
        assertThatThrownBy(() -> hours.approve(self, entry.id(), null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> hours.giveBack(world.managerAActor(), entry.id(), " ", entry.version()))
                .isInstanceOf(BusinessRuleException.class);
        HoursEntry returned = hours.giveBack(world.managerAActor(), entry.id(), "日期有误", entry.version());
        assertThat(returned.status()).isEqualTo(HourStatus.RETURNED);
        assertThat(returned.reviewNote()).isEqualTo("日期有误");
        assertThatThrownBy(() -> hours.approve(world.managerAActor(), entry.id(), returned.version()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> hours.approve(world.managerAActor(), entry.id(), null))
                .isInstanceOf(com.carenext.shared.StaleEditException.class);
    }

    @Test
    void theApiLogsAndReviews() throws Exception {
        mvc.perform(post("/api/v1/service-hours").with(httpBasic(account.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"servedOn\":\"" + LocalDate.now() + "\",\"description\":\"宣讲\",\"hours\":1.5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.description").value("宣讲"))
                .andExpect(jsonPath("$.hours").value(1.5))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        HoursEntry logged = hours.mine(self).get(0);
        long id = logged.id();
        mvc.perform(post("/api/v1/service-hours/" + id + "/approve")
                        .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/service-hours/" + id + "/approve")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("这条记录已被其他人修改，请刷新后重新编辑。"));
        assertThat(hours.mine(self).get(0).status()).isEqualTo(HourStatus.SUBMITTED);
        mvc.perform(post("/api/v1/service-hours/" + id + "/approve")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + logged.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(hours.mine(self).get(0).status()).isEqualTo(HourStatus.APPROVED);
    }

    @Test
    void theCertificateOpensAndListsTheApprovedHours() throws Exception {
        LocalDate first = LocalDate.now().minusDays(20);
        HoursEntry a = hours.log(self, new HoursDraft(first, "红色故事宣讲进校园", new BigDecimal("2.5")));
        HoursEntry b = hours.log(self, new HoursDraft(first.plusDays(5), "暑期河湖巡查", new BigDecimal("4")));
        hours.log(self, new HoursDraft(first.plusDays(6), "未审核的一次", new BigDecimal("9")));
        hours.approve(world.managerAActor(), a.id(), a.version());
        hours.approve(world.managerAActor(), b.id(), b.version());
        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        byte[] docx = mvc.perform(get("/volunteers/" + elder.id() + "/certificate.docx").with(manager)
                        .param("from", first.minusDays(1).toString()).param("to", LocalDate.now().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("志愿服务记录证明", "斯琴", "红色故事宣讲进校园", "暑期河湖巡查", "6.5", "特此证明")
                    .doesNotContain("未审核的一次");
            assertThat(document.getTables()).singleElement()
                    .satisfies(table -> assertThat(table.getNumberOfRows()).isEqualTo(3));
        }
    }
}
