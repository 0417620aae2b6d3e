package com.carenext.study;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A year of 乌审召镇's study: monthly theory study and quarterly trainings, with attendance and a few notes. */
@Component
@Order(40)
class StudyDemo implements DemoTask {

    private static final String[] TOPICS = {"学习贯彻党的二十大精神", "习近平总书记关于关心下一代工作的重要论述",
            "《未成年人保护法》解读", "铸牢中华民族共同体意识", "暑期防溺水安全知识", "家庭教育促进法学习",
            "乌审召精神与红色故事", "乡村振兴政策解读", "网络安全与青少年保护", "移风易俗新风尚", "关工委工作条例学习",
            "年度工作总结与经验交流"};

    private final StudySessions study;
    private final Volunteers volunteers;
    private final Organizations organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    StudyDemo(StudySessions study, Volunteers volunteers, Organizations organizations, JdbcClient jdbc, Clock clock) {
        this.study = study;
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM study_session").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor loader = com.carenext.demo.DemoLoader.at(root);
        List<OrganizationSummary> towns = organizations.search(loader, "乌审召镇关工委", 5);
        if (towns.isEmpty()) {
            return;
        }
        OrganizationSummary town = towns.get(0);
        List<VolunteerSummary> people = volunteers.demoCast(loader, Volunteers.DEMO_CAST);
        Random random = new Random(2023);
        LocalDate today = LocalDate.now(clock);
        for (int month = 12; month >= 1; month--) {
            LocalDate day = today.minusMonths(month).withDayOfMonth(10);
            boolean training = month % 3 == 0;
            SessionView session = study.plan(loader, new SessionDraft(town.id(),
                    training ? SessionKind.VOLUNTEER_TRAINING : SessionKind.STUDY, TOPICS[month - 1],
                    month % 4 == 0 ? SessionMode.BLENDED : SessionMode.OFFLINE, day.atTime(9, 30),
                    new BigDecimal(training ? "3" : "2"), "乌审召镇关工委", "镇政府三楼会议室", null,
                    "学习材料：" + TOPICS[month - 1] + ".pdf", List.of()));
            List<Long> present = people.stream().filter(p -> random.nextInt(10) < 7).map(VolunteerSummary::id).toList();
            study.rollCall(loader, session.id(), present);
        }
        year2023(loader, town, people);
    }

    /**
     * The seed plan's year: monthly theory study (一、理论学习), a 五老 training each quarter (二、五老队伍) and two
     * correspondent trainings (四、信息宣传培训), in 2023, so that the plan's tasks have figures behind them.
     */
    private void year2023(Actor loader, OrganizationSummary town, List<VolunteerSummary> people) {
        Random random = new Random(20230405);
        for (int month = 1; month <= 12; month++) {
            SessionKind kind = month % 3 == 0 ? SessionKind.VOLUNTEER_TRAINING
                    : month == 5 || month == 10 ? SessionKind.CORRESPONDENT_TRAINING : SessionKind.STUDY;
            String topic = kind == SessionKind.CORRESPONDENT_TRAINING ? "关工信息宣传通讯员培训（演示）"
                    : kind == SessionKind.VOLUNTEER_TRAINING ? "“五老”志愿者常态化培训：" + TOPICS[month - 1] + "（演示）"
                    : TOPICS[month - 1] + "（演示）";
            SessionView session = study.plan(loader, new SessionDraft(town.id(), kind, topic,
                    month % 2 == 0 ? SessionMode.BLENDED : SessionMode.OFFLINE,
                    LocalDate.of(2023, month, 12).atTime(9, 30), new BigDecimal(kind == SessionKind.STUDY ? "2" : "3"),
                    "乌审召镇关工委", "乌审召镇政府三楼会议室", null, "学习材料：" + TOPICS[month - 1], List.of()));
            study.rollCall(loader, session.id(),
                    people.stream().filter(p -> random.nextInt(10) < 7).map(VolunteerSummary::id).toList());
        }
    }
}
