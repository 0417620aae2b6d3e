package com.carenext.activity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: two years (2023, the seed plan's, and 2026) of 乌审召镇's activities as the plan describes them — 普法进校园 with 派出所、司法所、新时代文明实践所
 * and 中心校 as partners, 家长学校, 暑期防溺水宣讲会 in every 嘎查, 红色教育 at 牧区大寨生态教育基地, 移风易俗.
 * Loads only when the ledger is empty.
 */
@Component
@Order(70)
class ActivityDemo implements DemoTask {

    private record Plan(int month, int day, String organizer, ActivityType type, String title, String place,
                        List<String> partners, int youths, int parents, int others, String summary) {
    }

    private static final List<String> LEGAL = List.of("乌审召派出所", "乌审召司法所", "乌审召镇新时代文明实践所", "乌审召镇中心校");
    private static final List<Plan> PLANS = List.of(
            new Plan(1, 16, "乌审召镇关工委", ActivityType.CIVILITY_REFORM, "移风易俗 文明过年倡议宣讲（演示）", "乌审召镇文化活动中心", List.of("乌审召镇新时代文明实践所"), 40, 60, 120, "倡导红白事简办、拒绝高额彩礼。"),
            new Plan(3, 12, "乌审召镇关工委", ActivityType.LEGAL_EDUCATION, "关爱明天 普法先行——开学第一课（演示）", "乌审召小学", LEGAL, 420, 35, 12, "派出所民警讲防欺凌，司法所讲未成年人保护法。"),
            new Plan(3, 26, "查汗淖学校", ActivityType.LEGAL_EDUCATION, "普法进校园：远离毒品（演示）", "查汗淖学校", List.of("乌审召派出所"), 260, 0, 8, "禁毒知识讲座与展板。"),
            new Plan(4, 3, "乌审召镇关工委", ActivityType.RED_EDUCATION, "清明祭英烈 讲好红色故事（演示）", "牧区大寨生态教育基地", List.of("乌审召镇团委"), 180, 20, 15, "五老讲述“牧区大寨”创业故事。"),
            new Plan(4, 22, "惠泽社区关工委", ActivityType.FAMILY_VALUES, "家长学校：好家风伴成长（演示）", "惠泽社区活动室", List.of(), 30, 85, 5, "家校结合，分享家教经验。"),
            new Plan(5, 20, "巴音陶勒盖嘎查关工委", ActivityType.RURAL_REVITALIZATION, "五老助力乡村振兴 牧民夜校（演示）", "嘎查党群服务中心", List.of(), 12, 40, 60, "讲解草原生态补奖政策。"),
            new Plan(5, 28, "乌审召镇关工委", ActivityType.DROWNING_PREVENTION_TALK, "暑期防溺水宣讲会（全镇动员）（演示）", "乌审召镇中心校", List.of("乌审召镇中心校", "乌审召派出所"), 650, 120, 30, "讲解防溺水“六不准”，发放《致家长的一封信》。"),
            new Plan(6, 2, "巴嘎淖尔村关工委", ActivityType.DROWNING_PREVENTION_TALK, "巴嘎淖尔村防溺水宣讲（演示）", "村委会", List.of(), 45, 38, 6, "五老入户宣讲。"),
            new Plan(6, 4, "乌审召嘎查关工委", ActivityType.DROWNING_PREVENTION_TALK, "乌审召嘎查防溺水宣讲（演示）", "嘎查党群服务中心", List.of(), 52, 41, 10, "结合淖尔分布图讲解危险水域。"),
            new Plan(6, 9, "中乃村关工委", ActivityType.DROWNING_PREVENTION_TALK, "中乃村防溺水宣讲（演示）", "中乃水库旁", List.of(), 33, 29, 4, "现场演示救生圈使用。"),
            new Plan(6, 11, "查干苏莫嘎查关工委", ActivityType.DROWNING_PREVENTION_TALK, "查干苏莫嘎查防溺水宣讲（演示）", "嘎查活动室", List.of(), 28, 25, 3, "五老讲述溺水事故教训。"),
            new Plan(6, 18, "乌审召镇关工委", ActivityType.LEGAL_EDUCATION, "普法进校园：暑期安全与法治（演示）", "查汗淖学校", LEGAL, 380, 40, 10, "四部门联合开展，学生签订安全承诺书。"),
            new Plan(7, 8, "乌审召镇关工委", ActivityType.DROWNING_PREVENTION_TALK, "暑期防溺水再提醒（演示）", "各嘎查（村）", List.of("乌审召镇团委"), 210, 160, 20, "入户发放提醒卡。"),
            new Plan(7, 20, "乌审召镇关工委", ActivityType.CULTURE, "关工委工作宣传展（演示）", "乌审召镇文化广场", List.of("乌审召镇新时代文明实践所"), 90, 70, 200, "展示五老风采。"),
            new Plan(8, 15, "布日都嘎查关工委", ActivityType.RED_EDUCATION, "牧区大寨研学：讲好“大寨”故事（演示）", "牧区大寨生态教育基地", List.of(), 66, 10, 4, "五老带领学生参观治沙成果。"),
            new Plan(9, 10, "乌审召镇关工委", ActivityType.FAMILY_VALUES, "教师节 家校共育座谈会（演示）", "乌审召镇中心校", List.of("乌审召镇中心校"), 0, 60, 25, "家长学校开学第一课。"),
            new Plan(9, 28, "乌审召镇关工委", ActivityType.RED_EDUCATION, "国庆前夕 红色故事进课堂（演示）", "乌审召小学", List.of(), 300, 0, 12, "五老宣讲团进课堂。"),
            new Plan(10, 16, "绿洲社区关工委", ActivityType.CIVILITY_REFORM, "移风易俗进社区（演示）", "绿洲社区", List.of(), 25, 55, 80, "倡导文明新风。"),
            new Plan(11, 9, "乌审召镇关工委", ActivityType.LEGAL_EDUCATION, "“宪法宣传周”普法进校园（演示）", "乌审召镇中心校", LEGAL, 450, 30, 10, "宪法知识竞赛。"),
            new Plan(11, 20, "查汗淖幼儿园", ActivityType.FAMILY_VALUES, "幼儿园家长课堂（演示）", "查汗淖幼儿园", List.of(), 80, 75, 4, "科学育儿讲座。"),
            // the units the plan's tasks name: 普法 by 巴嘎淖尔村 and 中心校, 移风易俗 by 中乃村
            new Plan(5, 16, "巴嘎淖尔村关工委", ActivityType.LEGAL_EDUCATION, "关爱明天 普法先行——巴嘎淖尔村普法进校园（演示）", "乌审召镇中心校", List.of("乌审召司法所"), 120, 10, 6, "联合司法所讲解《未成年人保护法》。"),
            new Plan(9, 22, "乌审召镇中心校", ActivityType.LEGAL_EDUCATION, "法治副校长进课堂（演示）", "乌审召镇中心校", List.of("乌审召派出所"), 360, 0, 8, "派出所民警讲交通安全与防诈骗。"),
            new Plan(10, 25, "中乃村关工委", ActivityType.CIVILITY_REFORM, "移风易俗进农家：婚事新办倡议（演示）", "中乃村党群服务中心", List.of(), 15, 40, 60, "五老入户宣讲婚事新办、丧事简办。"));

    private final Activities activities;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final Materials materials;
    private final JdbcClient jdbc;

    ActivityDemo(Activities activities, Organizations organizations, Volunteers volunteers, Materials materials,
                 JdbcClient jdbc) {
        this.materials = materials;
        this.activities = activities;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM activity").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor loader = com.carenext.demo.DemoLoader.at(root);
        List<VolunteerSummary> elders = volunteers.demoCast(loader, Volunteers.DEMO_CAST);
        Random random = new Random(2026);
        for (int year : new int[]{2023, 2026}) {
            record(loader, elders, random, year);
        }
    }

    /** The year's activities; 2023 is the year of the seed plan, whose tasks count them. */
    private void record(Actor loader, List<VolunteerSummary> elders, Random random, int year) {
        for (Plan plan : PLANS) {
            Optional<OrganizationSummary> organizer = find(loader, plan.organizer());
            if (organizer.isEmpty()) {
                continue;
            }
            List<Long> partners = new ArrayList<>();
            plan.partners().forEach(name -> find(loader, name).ifPresent(p -> partners.add(p.id())));
            List<Long> chosen = elders.stream().filter(v -> v.organizationPath().startsWith(organizer.get().path()))
                    .limit(1 + random.nextInt(3)).map(VolunteerSummary::id).toList();
            ActivityView activity = activities.record(loader, new ActivityDraft(organizer.get().id(), plan.type(),
                    plan.title(), LocalDateTime.of(year, plan.month(), plan.day(), 9 + random.nextInt(6), 0), plan.place(),
                    partners, chosen, plan.youths(), plan.parents(), plan.others(), plan.summary(), null, null, cited(loader, plan)));
            if (!partners.isEmpty() && plan.month() < 11) {
                activities.confirm(loader, activity.id());
            }
        }
    }

    /** Red-education activities tell the base's stories (see EducationBaseDemo); the others cite nothing. */
    private List<Long> cited(Actor loader, Plan plan) {
        if (plan.type() != ActivityType.RED_EDUCATION) {
            return List.of();
        }
        String tag = plan.title().contains("大寨") ? "大寨故事" : "红色故事";
        return materials.search(loader, tag, null, 2).stream().map(MaterialView::id).toList();
    }

    private Optional<OrganizationSummary> find(Actor loader, String name) {
        return organizations.search(loader, name, 5).stream().filter(o -> o.name().equals(name)).findFirst()
                .or(() -> organizations.search(loader, name, 5).stream().findFirst());
    }
}
