package com.carenext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.patrol.CheckOut;
import com.carenext.patrol.HazardReport;
import com.carenext.patrol.HazardType;
import com.carenext.patrol.PatrolTestData;
import com.carenext.patrol.RiskTier;
import com.carenext.patrol.Severity;
import com.carenext.patrol.WaterBodyDraft;
import com.carenext.patrol.WaterBodyView;
import com.carenext.patrol.WaterKind;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import com.carenext.study.SessionDraft;
import com.carenext.study.SessionKind;
import com.carenext.study.SessionMode;
import com.carenext.study.SessionView;
import com.carenext.study.StudySessions;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import com.carenext.volunteer.HoursDraft;
import com.carenext.volunteer.ServiceHours;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.VolunteerTestData;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What a volunteer and a village head read is Chinese, and a person is named, never shown by login: the pages they
 * reach are rendered with real records (a hazard closed by the village head, a status change, a study note, hours)
 * and their visible text (and the titles, placeholders and labels read aloud) holds no Latin word.
 */
@CareNextTest
class ChineseInterfaceTests {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9_.@-]*");
    /** Addresses (the sign-up page's, to be printed), the name of the spreadsheet format, a key name, the
     * examples of passwords that are refused, and an identity number (masked or not) whose check digit is X. */
    private static final Pattern ALLOWED = Pattern.compile(
            "https?://\\S+|Excel|Ctrl|P@ssw0rd|1qaz@WSX|\\d[\\d*]{16}[Xx]");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Volunteers volunteers;
    @Autowired
    StudySessions study;
    @Autowired
    ServiceHours hours;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void aVolunteerAndAVillageHeadReadChineseAndSeePeopleByName() throws Exception {
        Fixtures.Town world = fixtures.town();
        UserView elder = fixtures.user("elder" + world.town().id(), world.villageA(), Role.VOLUNTEER);
        VolunteerSummary person = volunteers.register(world.managerAActor(),
                VolunteerTestData.draft("朝鲁", world.villageA().id(), LocalDate.of(1948, 9, 9), elder.id()));
        Actor self = Fixtures.actor(elder, world.villageA());
        PatrolTestData patrol = PatrolTestData.of(context);
        WaterBodyView lake = patrol.register(world.managerAActor(), new WaterBodyDraft(world.villageA().id(),
                "查干淖尔", WaterKind.NAOER, RiskTier.RED, null, null, "嘎查长", null));
        String checkIn = UUID.randomUUID().toString();
        patrol.sentCheckIn(self, lake.id(), checkIn, clock.millis() - 3_600_000L);
        patrol.sentCheckOut(self, checkIn, new CheckOut(1, null, null, List.of(new HazardReport(
                HazardType.CHILDREN_SWIMMING, Severity.HIGH, "北岸有孩子玩水"))), UUID.randomUUID().toString(),
                clock.millis());
        var openHazard = patrol.hazards(world.managerAActor(), true, null, 10).get(0);
        long hazardId = openHazard.id();
        SessionView session = study.plan(world.officeActor(), new SessionDraft(world.town().id(),
                SessionKind.VOLUNTEER_TRAINING, "防溺水培训", SessionMode.OFFLINE, LocalDateTime.now(clock).minusMinutes(5),
                new BigDecimal("2"), "镇关工委", "镇政府会议室", null, null, List.of()));
        study.checkIn(self, session.checkInCode(), null, null);
        study.writeNote(self, session.id(), "暑期多到淖尔边转一转。");
        hours.log(self, new HoursDraft(LocalDate.now(clock), "淖尔巡查", new BigDecimal("2")), null);

        RequestPostProcessor head = Fixtures.login(mvc, world.managerA().username());
        mvc.perform(post("/hazards/" + hazardId + "/close").with(head).with(csrf()).param("resolution", "已设警示牌")
                        .param("version", String.valueOf(openHazard.version())))
                .andExpect(status().is3xxRedirection());
        RequestPostProcessor phone = Fixtures.login(mvc, elder.username());

        List<String> found = new ArrayList<>();
        List<UserView> people = List.of(elder, world.managerA(), world.office());
        for (String page : List.of("/my", "/my/hours", "/my/records", "/study/check-in", "/patrol/my",
                "/patrol/check-in/" + lake.id(), "/study-sessions/" + session.id(), "/notices", "/account/password")) {
            found.addAll(latinOn(phone, page, people));
        }
        for (String page : List.of("/", "/volunteers", "/volunteers/" + person.id(), "/activities", "/study-sessions",
                "/study-sessions/" + session.id(), "/patrol", "/hazards?open=false", "/water-bodies",
                "/water-bodies/" + lake.id(), "/service-hours", "/plans", "/plans/tasks", "/notices", "/publicity",
                "/publicity/articles", "/organizations", "/volunteer-applications", "/account/password")) {
            found.addAll(latinOn(head, page, people));
        }
        assertThat(found).as("Latin words or logins in the Chinese interface").isEmpty();
        assertThat(text(head, "/hazards?open=false")).contains(world.managerA().displayName() + " 于");
        assertThat(text(head, "/volunteer-applications")).contains("公开报名页面地址：http://localhost/join");
    }

    private List<String> latinOn(RequestPostProcessor user, String page, List<UserView> people) throws Exception {
        String text = text(user, page);
        // a person's display name is what the page should show (the fixtures' names hold their logins: taken out first)
        for (UserView person : people) {
            text = text.replace(person.displayName(), "");
        }
        text = ALLOWED.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher latin = LATIN.matcher(text);
        while (latin.find()) {
            found.add(page + ": " + latin.group() + " … " + around(text, latin.start()));
        }
        return found;
    }

    private String text(RequestPostProcessor user, String page) throws Exception {
        var response = mvc.perform(get(page).with(user)).andReturn().getResponse();
        if (response.getStatus() == 302 && response.getRedirectedUrl() != null) {
            return text(user, response.getRedirectedUrl());
        }
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        String html = response.getContentAsString();
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, code.api").remove();
        StringBuilder text = new StringBuilder(document.body().text());
        for (Element element : document.body().select("[title], [placeholder], [aria-label], [alt]")) {
            for (String attribute : List.of("title", "placeholder", "aria-label", "alt")) {
                text.append(' ').append(element.attr(attribute));
            }
        }
        return text.toString();
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 15), Math.min(text.length(), at + 25));
    }
}
