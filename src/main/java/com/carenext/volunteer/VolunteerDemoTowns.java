package com.carenext.volunteer;

import com.carenext.demo.DemoLoader;
import com.carenext.demo.DemoTowns;
import com.carenext.organization.OrganizationSummary;
import com.carenext.shared.DemoTask;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo: 五老 of the other demo towns of 乌审旗, registered in one batch per town (names match the gender). */
@Component
@Order(91)
class VolunteerDemoTowns implements DemoTask {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "高", "郭", "马"};
    private static final String[] MEN = {"建国", "志刚", "玉林", "德胜", "文斌", "宝山", "永平", "福林", "国华", "振清"};
    private static final String[] WOMEN = {"秀兰", "桂英", "玉珍", "淑芬", "凤英", "美兰", "翠花", "素梅", "丽华", "春梅"};
    private static final String[] MONGOLIAN_MEN = {"巴特尔", "额尔敦", "孟克", "朝鲁", "布和", "苏和", "乌力吉", "那顺"};
    private static final String[] MONGOLIAN_WOMEN = {"其其格", "乌云", "萨仁", "斯琴", "高娃", "托娅", "娜仁", "图雅"};
    private static final String[] POSTS = {"退休教师", "原嘎查党支部书记", "退役军人", "原乡镇干部", "退休医生", "劳动模范"};

    private final Volunteers volunteers;
    private final DemoTowns towns;
    private final JdbcClient jdbc;
    private final Clock clock;

    VolunteerDemoTowns(Volunteers volunteers, DemoTowns towns, JdbcClient jdbc, Clock clock) {
        this.volunteers = volunteers;
        this.towns = towns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        for (DemoTowns.Town town : towns.towns()) {
            if (jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE organization_path LIKE :p")
                    .param("p", town.town().path() + "%").query(Integer.class).single() > 0) {
                continue;
            }
            Random random = new Random(town.town().id());
            List<VolunteerDraft> drafts = new ArrayList<>();
            for (OrganizationSummary unit : town.units()) {
                for (int k = 0; k < 4 + random.nextInt(5); k++) {
                    boolean man = random.nextInt(5) < 3;
                    boolean mongolian = random.nextBoolean();
                    String name = mongolian ? pick(random, man ? MONGOLIAN_MEN : MONGOLIAN_WOMEN)
                            : pick(random, SURNAMES) + pick(random, man ? MEN : WOMEN);
                    LocalDate birth = LocalDate.of(1940 + random.nextInt(25), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    Set<Category> categories = EnumSet.of(Category.values()[random.nextInt(5)]);
                    Set<ServiceRole> roles = EnumSet.of(ServiceRole.values()[random.nextInt(10)]);
                    LocalDate joined = LocalDate.of(2019 + random.nextInt(today.getYear() - 2018),
                            1 + random.nextInt(12), 1);
                    drafts.add(new VolunteerDraft(name, man ? "男" : "女", mongolian ? "蒙古族" : "汉族", birth, null,
                            null, unit.id(), random.nextInt(3) > 0, pick(random, POSTS), categories, roles, null,
                            today.getYear() - birth.getYear() < 78, "良好", joined.isAfter(today) ? today : joined,
                            null, null));
                }
            }
            volunteers.registerAll(DemoLoader.at(town.town()), drafts);
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
