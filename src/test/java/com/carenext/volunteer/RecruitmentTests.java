package com.carenext.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@CareNextTest
class RecruitmentTests {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Recruitment recruitment;
    @Autowired
    Volunteers volunteers;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        return "10.77.0." + ADDRESS.incrementAndGet();
    }

    @Test
    void thePosterShowsTheSignUpAddressAsAQrCodeWithoutLogin() throws Exception {
        String poster = mvc.perform(get("/join/poster")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(poster).contains("<svg", "http://localhost/join", "在线报名");
    }

    @Test
    void anyoneSignsUpWithoutLoginAndTheManagerApprovesExactlyOnce() throws Exception {
        Fixtures.Town world = fixtures.town();
        String address = newAddress();
        // the page lists no villages; its search finds one by name (GrowingListsTests covers the rest)
        assertThat(mvc.perform(get("/join")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain(world.villageA().name());
        assertThat(mvc.perform(get("/join/homes").param("q", world.villageA().name()).with(from(address)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains(world.villageA().name());
        mvc.perform(post("/join").with(csrf()).with(from(address)).param("name", "图雅").param("gender", "女")
                        .param("birthDate", "1956-08-09").param("phone", "13655556666")
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("categories", "VETERAN_TEACHER").param("formerPost", "退休教师"))
                .andExpect(status().isOk());
        ApplicationView application = recruitment.pending(world.managerAActor(), 0).rows().stream()
                .filter(a -> a.name().equals("图雅")).findFirst().orElseThrow();
        assertThat(application.maskedPhone()).isEqualTo("136****6666");
        assertThat(recruitment.pending(world.managerBActor(), 0).rows()).noneMatch(a -> a.name().equals("图雅"));
        assertThatThrownBy(() -> recruitment.approve(world.managerBActor(), application.id(), null))
                .isInstanceOf(NotFoundException.class);

        RequestPostProcessor manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(post("/volunteer-applications/" + application.id() + "/approve").with(manager).with(csrf())
                        .param("version", String.valueOf(application.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/volunteer-applications/" + application.id() + "/approve").with(manager).with(csrf())
                        .param("version", String.valueOf(application.version())))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/volunteer-applications/" + application.id() + "/approve")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/volunteer-applications/" + application.id() + "/approve")
                        .with(httpBasic(world.managerA().username(), Fixtures.PASSWORD))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + recruitment.get(world.managerAActor(), application.id()).version()
                                + "}"))
                .andExpect(status().is(422));
        assertThat(volunteers.page(world.managerAActor(), new VolunteerFilter(null, null, null, "图雅"), null, 10).rows())
                .singleElement().satisfies(v -> {
                    assertThat(v.categories()).containsExactly(Category.VETERAN_TEACHER);
                    assertThat(v.maskedPhone()).isEqualTo("136****6666");
                });
        assertThat(recruitment.get(world.managerAActor(), application.id()).volunteerId()).isNotNull();
    }

    @Test
    void aDeclineNeedsAReason() {
        Fixtures.Town world = fixtures.town();
        ApplicationView application = recruitment.submit(new ApplicationDraft("巴图", "男", LocalDate.of(1950, 1, 1),
                "13900001111", null, world.villageA().id(), null, Set.of(Category.VETERAN_SOLDIER), null), newAddress());
        assertThatThrownBy(() -> recruitment.decline(world.managerAActor(), application.id(), " ",
                application.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recruit.decline.reasonRequired");
        ApplicationView declined = recruitment.decline(world.managerAActor(), application.id(), "年龄与身体条件暂不适合",
                application.version());
        assertThat(declined.status()).isEqualTo("DECLINED");
        assertThat(declined.declineReason()).isEqualTo("年龄与身体条件暂不适合");
        assertThatThrownBy(() -> recruitment.approve(world.managerAActor(), application.id(), declined.version()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("recruit.alreadyDecided");
    }

    @Test
    void badInputGetsClearMessagesAndTooManySignUpsAreRefused() throws Exception {
        Fixtures.Town world = fixtures.town();
        String address = newAddress();
        String page = mvc.perform(post("/join").with(csrf()).with(from(address)).param("name", "")
                        .param("phone", "123").param("idNumber", "110105194912310021"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请填写姓名", "请填写 11 位手机号", "身份证号校验码不正确", "请选择所在的嘎查（村）或社区",
                "请至少选择一个五老类别");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/join").with(csrf()).with(from(address)).param("name", "报名" + i)
                            .param("birthDate", "1956-08-09").param("phone", "13655556666")
                            .param("organizationId", String.valueOf(world.villageA().id()))
                            .param("categories", "VETERAN_MODEL"))
                    .andExpect(status().isOk());
        }
        String refused = mvc.perform(post("/join").with(csrf()).with(from(address)).param("name", "第六次")
                        .param("birthDate", "1956-08-09").param("phone", "13655556666")
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("categories", "VETERAN_MODEL"))
                .andExpect(status().is(429)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("提交次数过多");
        mvc.perform(post("/join").with(csrf()).with(from(newAddress())).param("name", "别处来的")
                        .param("birthDate", "1956-08-09").param("phone", "13655556666")
                        .param("organizationId", String.valueOf(world.villageA().id()))
                        .param("categories", "VETERAN_MODEL"))
                .andExpect(status().isOk());
        mvc.perform(post("/join").with(from(newAddress())).param("name", "无令牌")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/volunteer-applications").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }
}
