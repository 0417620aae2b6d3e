package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Notices: issuing a plan to a subtree, unread until signed, receipts and reminders for the issuer. */
@CareNextTest
class NoticeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    WorkPlans plans;
    @Autowired
    Notices notices;

    Fixtures.Town world;
    long planId;

    @BeforeEach
    void townWithPlan() {
        world = fixtures.town();
        planId = plans.create(world.officeActor(), PlanDraft.of(new PlanTextParser().parse(WorkPlanTests.SEED),
                world.town().id(), 2023).withoutRoster());
    }

    long issuePlanToTheTown() {
        long noticeId = notices.create(world.officeActor(), new NoticeDraft("关于印发工作计划的通知", "乌召政发〔2023〕12号",
                "请认真贯彻落实。", planId, world.town().id(), List.of()));
        notices.publish(world.officeActor(), noticeId, notices.get(world.officeActor(), noticeId).version());
        return noticeId;
    }

    @Test
    void eachTargetSeesTheNoticeUnreadUntilItSigns() {
        long noticeId = issuePlanToTheTown();
        NoticeViews.Notice issued = notices.get(world.officeActor(), noticeId);
        assertThat(issued.receipts()).extracting(NoticeViews.Receipt::organizationName)
                .containsExactlyInAnyOrder(world.villageA().name(), world.villageB().name());
        assertThat(notices.unread(world.managerAActor())).isEqualTo(1);
        assertThat(notices.received(world.managerAActor(), null)).singleElement()
                .satisfies(summary -> assertThat(summary.acknowledgedAt()).isNull());

        notices.acknowledge(world.managerAActor(), noticeId);
        notices.acknowledge(world.managerAActor(), noticeId);
        assertThat(notices.unread(world.managerAActor())).isZero();
        assertThat(notices.unread(world.managerBActor())).isEqualTo(1);
        NoticeViews.Receipt signed = notices.get(world.officeActor(), noticeId).receipts().stream()
                .filter(receipt -> receipt.organizationId() == world.villageA().id()).findFirst().orElseThrow();
        assertThat(signed.acknowledgedBy()).isEqualTo("用户" + world.managerA().username());
        assertThat(signed.acknowledgedAt()).isNotNull();
        // a target sees only its own receipt, not the other villages'
        assertThat(notices.get(world.managerAActor(), noticeId).receipts()).hasSize(1);
    }

    @Test
    void theIssuerRemindsThoseWhoHaveNotSignedAndTheyseeIt() {
        long noticeId = issuePlanToTheTown();
        notices.acknowledge(world.managerAActor(), noticeId);
        assertThat(notices.remind(world.officeActor(), noticeId, null)).isEqualTo(1);
        assertThat(notices.received(world.managerBActor(), null).get(0).remindCount()).isEqualTo(1);
        assertThat(notices.received(world.managerAActor(), null).get(0).remindCount()).isZero();
        assertThat(notices.issued(world.officeActor(), null).get(0).signed()).isEqualTo(1);
        assertThatThrownBy(() -> notices.remind(world.managerBActor(), noticeId, null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDraftIsInvisibleToItsTargetsAndATargetOutsideScopeIsRefused() {
        long noticeId = notices.create(world.officeActor(), new NoticeDraft("草稿", "", "正文", null, null,
                List.of(world.villageA().id())));
        assertThatThrownBy(() -> notices.get(world.managerAActor(), noticeId)).isInstanceOf(NotFoundException.class);
        assertThat(notices.unread(world.managerAActor())).isZero();
        Fixtures.Town other = fixtures.town();
        assertThatThrownBy(() -> notices.create(world.officeActor(), new NoticeDraft("越界", "", "正文", null, null,
                List.of(other.villageA().id())))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> notices.create(world.officeActor(), new NoticeDraft("只发自己", "", "正文", null, null,
                List.of(world.town().id())))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void pagesShowUnreadCountReceiptsAndThePlanAttachment() throws Exception {
        long noticeId = issuePlanToTheTown();
        var manager = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(get("/notices").with(manager))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unread-notices\"")))
                .andExpect(content().string(containsString("关于印发工作计划的通知")));
        mvc.perform(get("/notices/" + noticeId + "/plan.docx").with(manager)).andExpect(status().isOk());
        mvc.perform(post("/notices/" + noticeId + "/acknowledge").with(manager).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var office = Fixtures.login(mvc, world.office().username());
        mvc.perform(get("/notices/" + noticeId).with(office))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户" + world.managerA().username())));
        mvc.perform(get("/notices/new").param("planId", String.valueOf(planId)).with(office))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于印发乌审召镇2023年关心下一代工作计划的通知")));
        mvc.perform(post("/notices").with(office).with(csrf()).param("title", "").param("body", ""))
                .andExpect(status().isBadRequest());
    }

    @Test
    void filesAttachedToANoticeReachItsTargetsAndAreTypeChecked() throws Exception {
        var office = Fixtures.login(mvc, world.office().username());
        byte[] pdf = "%PDF-1.4 议程".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/notices").file(new MockMultipartFile("files", "会议议程.pdf",
                                "application/pdf", pdf))
                        .param("title", "关于召开关工委会议的通知").param("body", "请准时参加。")
                        .param("targetIds", String.valueOf(world.villageA().id())).with(office).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long noticeId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        notices.publish(world.officeActor(), noticeId, notices.get(world.officeActor(), noticeId).version());
        NoticeViews.Notice notice = notices.get(world.managerAActor(), noticeId);
        assertThat(notice.attachments()).extracting(NoticeViews.Attachment::fileName).containsExactly("会议议程.pdf");
        mvc.perform(get("/notices/" + noticeId + "/attachments/" + notice.attachments().get(0).id())
                        .with(Fixtures.login(mvc, world.managerA().username())))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get("/notices/" + noticeId + "/attachments/" + notice.attachments().get(0).id())
                        .with(Fixtures.login(mvc, world.managerB().username())))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/notices").file(new MockMultipartFile("files", "脚本.pdf", "application/pdf",
                                "#!/bin/sh".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("title", "坏附件").param("body", "正文")
                        .param("targetIds", String.valueOf(world.villageA().id())).with(office).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("的类型不支持")));
    }

    @Test
    void theApiPublishesSignsAndReminds() throws Exception {
        var office = httpBasic(world.office().username(), Fixtures.PASSWORD);
        String created = mvc.perform(post("/api/v1/notices").with(office).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"通知\",\"body\":\"正文\",\"targetIds\":[%d,%d]}"
                                .formatted(world.villageA().id(), world.villageB().id())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long noticeId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
        mvc.perform(post("/api/v1/notices/" + noticeId + "/publication").with(office).header("If-Match", "\"0\""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.publishedAt").isNotEmpty());
        mvc.perform(post("/api/v1/notices/" + noticeId + "/acknowledgement")
                        .with(httpBasic(world.managerB().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownReceipt.acknowledgedAt").isNotEmpty());
        mvc.perform(post("/api/v1/notices/" + noticeId + "/reminders").with(office))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reminded").value(1));
        mvc.perform(post("/api/v1/notices/" + noticeId + "/publication").with(office))
                .andExpect(status().isUnprocessableContent());
    }
}
