package com.carenext.volunteer;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.Organizations;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo 五老 of 乌审召镇: three or four in each 嘎查村 and 社区, with service hours and care visits, and the
 * volunteer account {@code bgne_volunteer} of 巴嘎淖尔村 (with the shared demo password).
 */
@Component
@Order(30)
class VolunteerDemo implements DemoTask {

    private static final String[] HOMES = {"乌审召嘎查", "巴音陶勒盖嘎查", "查干苏莫嘎查", "浩勒报吉村", "巴嘎淖尔村", "中乃村",
            "布日都嘎查", "惠泽社区", "查干淖社区", "绿洲社区"};
    private static final String[] NAMES = {"巴特尔", "乌云其木格", "额尔敦巴雅尔", "王福林", "其木格", "朝鲁门", "李秀英",
            "宝音德力格尔", "张志刚", "萨仁高娃", "敖其尔", "刘桂兰", "哈斯巴根", "赵永胜", "斯琴图雅", "那顺乌力吉",
            "杨建国", "图门吉日嘎拉", "高玉梅", "孟和", "陈德明", "阿拉坦仓", "苏布道", "马文华", "达来", "韩淑珍",
            "吉日木图", "孙立平", "格日勒图", "郭凤英", "满都拉", "周振华", "阿迪雅", "吴桂芝", "布和", "冯玉山"};
    private static final String[] POSTS = {"原嘎查党支部书记", "退休教师", "退役军人", "原镇农牧业站站长", "退休医生",
            "原村委会主任", "全国劳动模范", "原中心校校长", "原派出所民警"};

    private final Volunteers volunteers;
    private final Organizations organizations;
    private final Accounts accounts;
    private final ServiceHourRepository hours;
    private final CareVisitRepository visits;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String password;

    VolunteerDemo(Volunteers volunteers, Organizations organizations, Accounts accounts, ServiceHourRepository hours,
                  CareVisitRepository visits, JdbcClient jdbc, Clock clock,
                  com.carenext.demo.DemoPassword passwordSource) {
        this.volunteers = volunteers;
        this.organizations = organizations;
        this.accounts = accounts;
        this.hours = hours;
        this.visits = visits;
        this.jdbc = jdbc;
        this.clock = clock;
        this.password = passwordSource.value();
    }

    @Override
    @Transactional
    public void run() {
        if (jdbc.sql("SELECT COUNT(*) FROM volunteer").query(Integer.class).single() > 0
                || organizations.topLevel().isEmpty()) {
            return;
        }
        OrganizationSummary root = organizations.topLevel().get(0);
        Actor loader = com.carenext.demo.DemoLoader.at(root);
        Random random = new Random(2023);
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        int h = 0;
        for (String home : HOMES) {
            int size = 3 + (h++ % 2);
            List<OrganizationSummary> found = organizations.search(loader, home, 5);
            if (found.isEmpty()) {
                continue;
            }
            OrganizationSummary organization = found.get(0);
            Long userId = null;
            if (home.equals("巴嘎淖尔村") && !password.isBlank() && !accounts.exists("bgne_volunteer")) {
                userId = accounts.bootstrap(new UserDraft("bgne_volunteer", NAMES[n], organization.id(), null,
                        Set.of(Role.VOLUNTEER), true, password, null)).user().id();
            }
            for (int k = 0; k < size && n < NAMES.length; k++, n++) {
                LocalDate birth = LocalDate.of(1938 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
                Set<Category> categories = EnumSet.of(Category.values()[random.nextInt(5)]);
                if (random.nextBoolean()) {
                    categories.add(Category.values()[random.nextInt(5)]);
                }
                Set<ServiceRole> roles = EnumSet.of(ServiceRole.values()[random.nextInt(10)],
                        ServiceRole.values()[random.nextInt(10)]);
                VolunteerSummary volunteer = volunteers.register(loader, new VolunteerDraft(NAMES[n],
                        NAMES[n].length() > 3 || n % 3 == 0 ? "男" : "女", NAMES[n].length() > 2 ? "蒙古族" : "汉族", birth,
                        "139" + String.format("%08d", 47000000 + n * 7919), null, organization.id(), random.nextInt(3) > 0,
                        POSTS[random.nextInt(POSTS.length)], categories, roles, null,
                        today.getYear() - birth.getYear() < 78, today.getYear() - birth.getYear() > 80 ? "腿脚不便" : "良好",
                        joined(k, size, h, LocalDate.of(2015 + random.nextInt(8), 1 + random.nextInt(12), 1)),
                        k == 0 ? userId : null, null));
                demoHours(volunteer, random, today);
                if (random.nextInt(3) > 0) {
                    visits.save(CareVisit.of(volunteer, new VisitDraft(today.minusDays(10 + random.nextInt(120)),
                            "村关工委主任", volunteer.age() != null && volunteer.age() > 80 ? "行动需人照顾" : "身体硬朗",
                            "精神饱满", random.nextBoolean() ? "希望多组织学习活动" : null, null), clock.instant()));
                }
                if (k < 2) {
                    visits.save(CareVisit.of(volunteer, new VisitDraft(LocalDate.of(2023, 2 + n % 10, 10 + k * 8),
                            "镇关工委干事", "身体健康", "精神饱满", k == 0 ? "希望参加暑期防溺水巡逻" : null, null),
                            clock.instant()));
                }
            }
        }
    }

    /** The last 五老 of every second 嘎查村 joined in 2023, the seed plan's year (二、号召加入五老队伍). */
    private static LocalDate joined(int k, int size, int home, LocalDate earlier) {
        return k == size - 1 && home % 2 == 1 ? LocalDate.of(2023, 2 + home, 15) : earlier;
    }

    private void demoHours(VolunteerSummary volunteer, Random random, LocalDate today) {
        String[] what = {"河湖淖尔防溺水巡查", "红色故事进校园宣讲", "留守儿童家访", "家风家教宣讲", "普法进校园"};
        List<ServiceHour> entries = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            ServiceHour entry = ServiceHour.log(volunteer, new HoursDraft(today.minusDays(random.nextInt(300)),
                    what[random.nextInt(what.length)], BigDecimal.valueOf(1 + random.nextInt(6))), null, clock.instant());
            if (random.nextInt(4) > 0) {
                entry.review(HourStatus.APPROVED, null, "demo", clock.instant());
            }
            entries.add(entry);
        }
        hours.saveAll(entries);
    }
}
