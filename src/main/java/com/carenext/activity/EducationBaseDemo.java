package com.carenext.activity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.shared.Actor;
import com.carenext.volunteer.VolunteerSummary;
import com.carenext.volunteer.Volunteers;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: 牧区大寨生态教育基地 — “持续依托牧区大寨生态教育基地…讲好红色故事、讲好‘大寨’故事、讲好当代故事” — with its profile,
 * a year (2026) of visits by the town's schools guided by 五老, and the stories they tell. Runs before the activity
 * demo, whose red-education activities cite these stories. Loads only when the library is empty.
 */
@Component
@Order(65)
class EducationBaseDemo implements DemoTask {

    static final String BASE = "牧区大寨生态教育基地";

    private record Visit(int month, int day, String school, String group, int students, int adults) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit(3, 20, "乌审召小学", "五年级（1）班 研学", 46, 4),
            new Visit(4, 3, "乌审召镇中心校", "清明祭英烈 少先队员", 120, 10),
            new Visit(4, 17, "查汗淖学校", "七年级 生态研学", 58, 5),
            new Visit(5, 4, "查汗淖学校", "五四青年节 团员", 36, 3),
            new Visit(5, 22, "乌审召幼儿园", "大班 亲子参观", 30, 28),
            new Visit(6, 1, "乌审召小学", "六一 红领巾讲解员", 40, 6),
            new Visit(6, 13, "查汗淖幼儿园", "大班 亲子参观", 25, 24),
            new Visit(7, 16, "乌审召镇团委", "暑期“青马”研学营", 42, 4),
            new Visit(8, 15, "布日都嘎查", "暑期牧区少年研学", 66, 10),
            new Visit(9, 12, "查汗淖学校", "八年级 开学第一课", 62, 5),
            new Visit(9, 26, "乌审召小学", "国庆前夕 红色故事", 48, 4),
            new Visit(10, 23, "乌审召镇中心校", "少先队建队日", 90, 8));

    private static final List<MaterialDraft> STORIES = List.of(
            story(MaterialKind.RED_STORY, "草原英雄小姐妹（演示）",
                    "1964 年春节前夕，龙梅和玉荣两姐妹在暴风雪中为保护集体的羊群奋战一天一夜，冻成重伤。讲述时结合“爱集体、"
                            + "不怕苦”的品质，引导学生珍惜今天的生活。", "红色故事,草原英雄,爱集体"),
            story(MaterialKind.RED_STORY, "独贵龙运动与乌审旗的革命火种（演示）",
                    "二十世纪二三十年代，鄂尔多斯各旗牧民以“独贵龙”（圆圈）形式反抗封建压迫，乌审旗是运动的重要地区。"
                            + "讲述提纲：运动的由来、签名为何围成圆圈、与革命的联系。", "红色故事,独贵龙,乌审旗"),
            story(MaterialKind.DAZHAI_STORY, "“牧区大寨”乌审召（演示）",
                    "上世纪六十年代，乌审召的牧民在宝日勒岱带领下治沙造林、建设草库伦，被誉为“牧区大寨”。讲述重点："
                            + "“沙进人退”到“人进沙退”的转变，自力更生、艰苦奋斗的精神。", "大寨故事,宝日勒岱,治沙"),
            story(MaterialKind.DAZHAI_STORY, "草库伦：沙地上围出的好牧场（演示）",
                    "牧民用柳笆、沙柳围起草库伦，封育草场、种树种草，让沙地重新长出牧草。可带学生到基地的草库伦展区，"
                            + "请五老讲当年打沙障、栽沙柳的经历。", "大寨故事,草库伦,生态"),
            story(MaterialKind.DAZHAI_STORY, "一把铁锹一棵柳：老治沙人的回忆（演示）",
                    "五老讲述员根据亲身经历整理：冬天挖坑、春天栽柳，一代人接一代人把沙丘固定下来。适合小学高年级，"
                            + "配合劳动实践课使用。", "大寨故事,五老,劳动教育"),
            story(MaterialKind.CONTEMPORARY_STORY, "从黄沙到绿洲：毛乌素沙地的新变化（演示）",
                    "今天的乌审召植被覆盖率大幅提高，生态与牧业共同发展。讲述时对比老照片与新照片，讲清“绿水青山就是金山银山”。",
                    "当代故事,生态,乡村振兴"),
            story(MaterialKind.CONTEMPORARY_STORY, "五老宣讲团进课堂（演示）",
                    "乌审召镇关工委组织老干部、老教师、老党员组成宣讲团，每学期进校宣讲。本材料为宣讲团的讲稿汇编说明。",
                    "当代故事,五老,关心下一代"),
            story(MaterialKind.OTHER, "参观讲解安全须知（演示）",
                    "团体参观前清点人数；基地内水塘、沙丘区域不得单独前往；讲解结束后再次清点人数并与带队教师交接。",
                    "安全教育,防溺水"));

    private final EducationBases bases;
    private final Materials materials;
    private final Organizations organizations;
    private final Volunteers volunteers;
    private final JdbcClient jdbc;

    EducationBaseDemo(EducationBases bases, Materials materials, Organizations organizations, Volunteers volunteers,
                      JdbcClient jdbc) {
        this.bases = bases;
        this.materials = materials;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.jdbc = jdbc;
    }

    private static MaterialDraft story(MaterialKind kind, String title, String body, String tags) {
        return new MaterialDraft(0L, kind, title, body, tags);
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM story_material").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor loader = com.carenext.demo.DemoLoader.at(root);
        Optional<OrganizationSummary> base = organizations.search(loader, BASE, 5).stream()
                .filter(o -> o.type() == OrganizationType.EDUCATION_BASE).findFirst();
        if (base.isEmpty()) {
            return;
        }
        long baseId = base.get().id();
        bases.describe(loader, baseId, new BaseProfile("乌审召是闻名全国的“牧区大寨”。基地依托当年治沙造林、建设草库伦的"
                + "旧址和展馆，由五老讲解员讲好红色故事、讲好“大寨”故事、讲好当代故事，是全镇青少年理想信念教育和生态"
                + "文明教育的课堂。（演示）", "乌审召镇乌审召嘎查（演示）", 200, "乌审召镇关工委办公室（演示）",
                "周一至周六 9:00—17:00；团体参观请提前三天预约，五老讲解免费。（演示）", null));
        STORIES.forEach(s -> materials.add(loader, new MaterialDraft(baseId, s.kind(), s.title(), s.body(), s.tags())));
        List<VolunteerSummary> guides = volunteers.demoCast(loader, 4);
        for (int i = 0; i < VISITS.size(); i++) {
            Visit v = VISITS.get(i);
            Optional<OrganizationSummary> school = organizations.search(loader, v.school(), 5).stream()
                    .filter(o -> o.name().equals(v.school()) && (o.type() == OrganizationType.SCHOOL
                            || o.type() == OrganizationType.KINDERGARTEN)).findFirst();
            Long guideId = guides.isEmpty() ? null : guides.get(i % guides.size()).id();
            bases.recordVisit(loader, baseId, new VisitDraft(LocalDate.of(2026, v.month(), v.day()), v.group(),
                    school.isPresent() ? null : v.school(), school.map(OrganizationSummary::id).orElse(null),
                    v.students(), v.adults(), guideId, null));
        }
    }
}
