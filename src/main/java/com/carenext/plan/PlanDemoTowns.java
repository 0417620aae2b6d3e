package com.carenext.plan;

import com.carenext.demo.DemoLoader;
import com.carenext.demo.DemoTowns;
import com.carenext.shared.Actor;
import com.carenext.shared.DemoTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: a work plan of 2023 and of this year for each other demo town of 乌审旗, in the seed's five sections; the
 * tasks' reported progress set in one UPDATE per plan, and the publicity task measured by adopted articles.
 */
@Component
@Order(92)
class PlanDemoTowns implements DemoTask {

    private static final List<PlanDraft.Section> SECTIONS = List.of(
            section("一", "坚持理论武装，加强思想政治建设", "组织五老集中学习", "开展线上学习交流"),
            section("二", "加强组织建设，夯实工作基础", "健全嘎查村关工委组织", "开展五老队伍培训"),
            section("三", "开展主题教育活动，促进青少年健康成长", "开展普法进校园活动", "开展暑期防溺水宣讲和巡逻"),
            section("四", "加强信息宣传工作", "建立通讯员队伍", "做好稿件报送和月度通报"),
            section("五", "助力乡村振兴", "开展移风易俗宣讲", "讲好红色故事"));

    private final WorkPlans plans;
    private final PlanSections sections;
    private final TaskIndicators indicators;
    private final DemoTowns towns;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanDemoTowns(WorkPlans plans, PlanSections sections, TaskIndicators indicators, DemoTowns towns,
                  JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.indicators = indicators;
        this.towns = towns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        int n = 0;
        for (DemoTowns.Town town : towns.towns()) {
            n++;
            if (jdbc.sql("SELECT COUNT(*) FROM work_plan WHERE organization_id = :org")
                    .param("org", town.town().id()).query(Integer.class).single() > 0) {
                continue;
            }
            Actor office = DemoLoader.at(town.town());
            String name = town.town().name().replace("关工委（演示）", "");
            for (int year : new int[]{2023, LocalDate.now(clock).getYear()}) {
                long planId = plans.create(office, new PlanDraft(year, name + year + "年关心下一代工作计划（演示）", "",
                        name + "关工委", LocalDate.of(year, 3, 20), town.town().id(), "", SECTIONS, List.of()));
                // Reported progress: the first town ahead of the second, the earlier year further than this one.
                jdbc.sql("""
                                UPDATE plan_task SET progress = MOD(id * 37 + :seed, :span) + :floor,
                                    status = CASE WHEN MOD(id * 37 + :seed, :span) + :floor >= 100 THEN 'DONE'
                                                  ELSE 'IN_PROGRESS' END
                                WHERE work_plan_id = :plan""")
                        .param("seed", n * 11).param("span", n == 1 ? 41 : 51).param("floor", n == 1 ? 60 : 30)
                        .param("plan", planId).update();
                long publicity = sections.load(planId).sections().get(3).tasks().get(1).id();
                indicators.add(office, publicity, new IndicatorDraft("publicity.adopted", "", 30L, null));
            }
        }
    }

    private static PlanDraft.Section section(String number, String title, String first, String second) {
        return new PlanDraft.Section(number, title, "", List.of(new PlanDraft.Task("一是", first),
                new PlanDraft.Task("二是", second)));
    }
}
