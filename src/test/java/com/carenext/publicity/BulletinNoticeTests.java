package com.carenext.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.plan.Notices;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A generated 通报 is issued as a notice (通知) to the office's organizations, with its own title and text. */
@CareNextTest
class BulletinNoticeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Bulletins bulletins;
    @Autowired
    Notices notices;

    @Test
    void anArchivedBulletinBecomesADraftNoticeForTheWholeTown() throws Exception {
        Fixtures.Town world = fixtures.town();
        BulletinView bulletin = bulletins.generate(world.officeActor(), YearMonth.of(2023, 6));

        String target = mvc.perform(post("/publicity/bulletins/{month}/notice", "2023-06")
                        .with(Fixtures.login(mvc, world.office().username())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long noticeId = Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        var notice = notices.get(world.officeActor(), noticeId);
        assertThat(notice.title()).isEqualTo(bulletin.title());
        assertThat(notice.body()).isEqualToIgnoringWhitespace(bulletin.text());

        mvc.perform(post("/publicity/bulletins/{month}/notice", "2023-06")
                        .with(Fixtures.login(mvc, world.managerA().username())).with(csrf()))
                .andExpect(status().is4xxClientError());
    }
}
