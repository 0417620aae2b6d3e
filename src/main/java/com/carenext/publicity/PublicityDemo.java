package com.carenext.publicity;

import com.carenext.organization.OrganizationSummary;
import com.carenext.organization.OrganizationType;
import com.carenext.organization.Organizations;
import com.carenext.security.Accounts;
import com.carenext.security.UserDraft;
import com.carenext.shared.Actor;
import com.carenext.shared.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.carenext.shared.DemoTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year (2023) of publicity in 乌审召镇: a correspondent grid over the 嘎查村 and 社区, about two hundred articles
 * on the work the plan names (理论学习, 五老, 普法进校园, 家风, 暑期防溺水, 红色故事, 移风易俗 …), reviewed and
 * published by 乌审旗融媒, 鄂尔多斯日报, 内蒙古日报, 中国火炬 and others, the town's 2023 rules, and the twelve
 * monthly 通报 archived. Generated from a fixed seed, so every start produces the same year.
 */
@Component
@Order(60)
class PublicityDemo implements DemoTask {

    private static final Logger log = LoggerFactory.getLogger(PublicityDemo.class);
    private static final int YEAR = 2023;

    /** Correspondents per organization (name without 关工委), with how actively each organization reports (0–10). */
    private static final Map<String, Grid> GRID = new LinkedHashMap<>();

    /** A unit's grid: how actively it reports (0–10) and its correspondents' names. */
    private record Grid(int activity, List<String> correspondents) {
    }

    static {
        GRID.put("乌审召嘎查", new Grid(8, List.of("其木格", "巴图孟和")));
        GRID.put("巴音陶勒盖嘎查", new Grid(6, List.of("乌云毕力格")));
        GRID.put("查干苏莫嘎查", new Grid(5, List.of("斯琴高娃")));
        GRID.put("浩勒报吉村", new Grid(7, List.of("王丽娜")));
        GRID.put("巴嘎淖尔村", new Grid(10, List.of("刘海军", "高娃")));
        GRID.put("中乃村", new Grid(6, List.of("张建军")));
        GRID.put("布日都嘎查", new Grid(3, List.of("额尔敦")));
        GRID.put("惠泽社区", new Grid(7, List.of("李晓燕")));
        GRID.put("查干淖社区", new Grid(4, List.of("包海燕")));
        GRID.put("绿洲社区", new Grid(5, List.of("赵磊")));
    }

    private record Topic(String title, ArticleKind kind, int fromMonth, int toMonth) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("%s关工委开展“学习二十大 永远跟党走”理论学习活动", ArticleKind.NEWS, 1, 12),
            new Topic("%s“五老”志愿者走访慰问留守儿童", ArticleKind.NEWS, 1, 12),
            new Topic("%s开展普法进校园活动 派出所民警为学生上法治课", ArticleKind.NEWS, 3, 12),
            new Topic("%s家长学校开讲 传承好家风好家训", ArticleKind.NEWS, 1, 12),
            new Topic("%s“五老”巡河护水 筑牢暑期防溺水安全防线", ArticleKind.FEATURE, 6, 8),
            new Topic("%s召开暑期防溺水安全宣讲会", ArticleKind.NEWS, 5, 8),
            new Topic("%s组织青少年走进牧区大寨生态教育基地", ArticleKind.NEWS, 4, 10),
            new Topic("%s“五老”讲红色故事 赓续红色血脉", ArticleKind.FEATURE, 1, 12),
            new Topic("%s推进移风易俗 倡导文明新风", ArticleKind.NEWS, 1, 12),
            new Topic("%s关工委召开关心下一代工作推进会", ArticleKind.NEWS, 2, 11),
            new Topic("%s“五老”助力乡村振兴 带领青年发展特色养殖", ArticleKind.FEATURE, 3, 11),
            new Topic("关于%s留守儿童关爱工作的调研与思考", ArticleKind.RESEARCH, 3, 11),
            new Topic("%s举办寒假青少年冬令营", ArticleKind.NEWS, 1, 2),
            new Topic("%s开展“六一”儿童节关爱活动", ArticleKind.NEWS, 5, 6),
            new Topic("%s开展“童心向党”国庆主题活动", ArticleKind.NEWS, 9, 10),
            new Topic("%s“五老”宣讲团走进蒙古族学校", ArticleKind.OTHER, 3, 12));

    private static final Map<OutletLevel, String[]> OUTLETS = Map.of(
            OutletLevel.TOWN, new String[]{"乌审召镇公众号", "乌审召镇关工委公众号"},
            OutletLevel.BANNER, new String[]{"乌审旗融媒", "乌审旗关工委公众号", "今日乌审"},
            OutletLevel.CITY, new String[]{"鄂尔多斯日报", "鄂尔多斯市关工委公众号"},
            OutletLevel.REGION, new String[]{"内蒙古日报", "内蒙古关工委网站"},
            OutletLevel.NATIONAL, new String[]{"中国火炬", "中国关心下一代工作委员会网站"});

    private final Organizations organizations;
    private final Correspondents correspondents;
    private final Articles articles;
    private final PublicityScores scores;
    private final Bulletins bulletins;
    private final Accounts accounts;
    private final String demoPassword;
    private final Clock clock;

    PublicityDemo(Organizations organizations, Correspondents correspondents, Articles articles,
                  PublicityScores scores, Bulletins bulletins, Accounts accounts,
                  com.carenext.demo.DemoPassword demoPasswordSource, Clock clock) {
        this.clock = clock;
        this.organizations = organizations;
        this.correspondents = correspondents;
        this.articles = articles;
        this.scores = scores;
        this.bulletins = bulletins;
        this.accounts = accounts;
        this.demoPassword = demoPasswordSource.value();
    }

    @Override
    @Transactional
    public void run() {
        List<OrganizationSummary> roots = organizations.topLevel();
        if (roots.isEmpty()) {
            return;
        }
        OrganizationSummary root = roots.get(0);
        Actor loader = actor(root);
        if (!correspondents.list(loader, true).isEmpty()) {
            return;
        }
        OrganizationSummary town = find(loader, "乌审召镇关工委");
        if (town == null) {
            return;
        }
        Actor office = actor(town);
        scores.saveRules(office, YEAR, RulesForm.of(ScoringRules.defaults(YEAR), null));
        Random random = new Random(YEAR);
        Map<OrganizationSummary, List<Long>> writers = new LinkedHashMap<>();
        Map<OrganizationSummary, Integer> activity = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Map.Entry<String, Grid> entry : GRID.entrySet()) {
            OrganizationSummary organization = find(loader, entry.getKey() + "关工委");
            if (organization == null) {
                continue;
            }
            List<Long> ids = new ArrayList<>();
            Grid grid = entry.getValue();
            for (int i = 0; i < grid.correspondents().size(); i++) {
                String area = grid.correspondents().size() > 1 ? (i == 0 ? "一组、二组、三组" : "四组、五组及周边牧户") : "全域";
                CorrespondentView created = correspondents.create(office, new CorrespondentDraft(organization.id(),
                        grid.correspondents().get(i),
                        "139" + (47000000 + random.nextInt(999999)), entry.getKey() + area, null,
                        LocalDate.of(YEAR, 1, 1), null));
                ids.add(created.id());
                names.put(created.id(), created.name());
            }
            writers.put(organization, ids);
            activity.put(organization, grid.activity());
        }
        linkDemoAccount(writers);
        Instant now = clock.instant();
        List<Articles.Built> year = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            for (Map.Entry<OrganizationSummary, List<Long>> entry : writers.entrySet()) {
                int strength = activity.get(entry.getKey());
                int articlesThisMonth = Math.max(0, (int) Math.round(strength / 3.5 + random.nextGaussian() * 0.7 - 0.1));
                for (int n = 0; n < articlesThisMonth; n++) {
                    year.add(submit(office, entry.getKey(), entry.getValue(), names, month, strength, random, now));
                }
            }
        }
        articles.saveBuilt(year);
        int count = year.size();
        for (int month = 1; month <= 12; month++) {
            bulletins.generate(office, YearMonth.of(YEAR, month));
        }
        log.info("Publicity demo: {} correspondents, {} articles of {}, 12 bulletins archived",
                writers.values().stream().mapToInt(List::size).sum(), count, YEAR);
    }

    /**
     * One article of the year, built in memory by the same steps the office's review takes (submit, then return, or
     * adopt and publish higher up) and saved with the others in one batch ({@link Articles#saveBuilt}): the demo's
     * two hundred articles went through four saves and views each, the largest part of loading the demo.
     */
    private Articles.Built submit(Actor office, OrganizationSummary organization, List<Long> writers,
                                  Map<Long, String> names, int month, int strength, Random random, Instant now) {
        String shortName = organization.name().replace("关工委", "");
        List<Topic> topics = TOPICS.stream().filter(t -> month >= t.fromMonth() && month <= t.toMonth()).toList();
        Topic topic = topics.get(random.nextInt(topics.size()));
        LocalDate date = YearMonth.of(YEAR, month).atDay(1 + random.nextInt(YearMonth.of(YEAR, month).lengthOfMonth()));
        String title = topic.title().formatted(shortName);
        String body = "近日，" + title.replace("关于", "") + "。活动由" + organization.name() + "组织，“五老”志愿者、家长和青少年共"
                + (15 + random.nextInt(60)) + "人参加。大家纷纷表示，将进一步凝聚关心下一代工作合力，为青少年健康成长营造良好环境。";
        List<Long> authors = writers.size() > 1 && random.nextInt(4) == 0 ? writers
                : List.of(writers.get(random.nextInt(writers.size())));
        Article article = Article.submit(new ArticleDraft(organization.id(), title, body, null, topic.kind(), date,
                        authors, null, null), organization.path(),
                authors.stream().map(id -> new ArticleAuthor(id, names.get(id))).toList(), office.userId(), now);
        int roll = random.nextInt(100);
        if (roll < 12) {
            article.returnWith(random.nextBoolean() ? "请补充活动照片和参加人数" : "内容与上月稿件重复，请重新组织",
                    office.userId(), now);
            return new Articles.Built(article, 2);
        }
        LocalDate published = date.plusDays(1 + random.nextInt(4));
        OutletLevel first = roll < 60 - strength * 2 ? OutletLevel.TOWN : OutletLevel.BANNER;
        article.adopt(publication(first, published, random), office.userId(), now);
        int reach = random.nextInt(100) + strength * 2;
        OutletLevel[] higher = reach > 112 ? new OutletLevel[]{OutletLevel.CITY, OutletLevel.REGION, OutletLevel.NATIONAL}
                : reach > 104 ? new OutletLevel[]{OutletLevel.CITY, OutletLevel.REGION}
                : reach > 85 ? new OutletLevel[]{OutletLevel.CITY} : new OutletLevel[0];
        for (OutletLevel level : higher) {
            published = published.plusDays(1 + random.nextInt(5));
            article.publish(publication(level, published, random), now);
        }
        return new Articles.Built(article, 2 + higher.length);
    }

    private static PublicationDraft publication(OutletLevel level, LocalDate date, Random random) {
        String[] names = OUTLETS.get(level);
        return new PublicationDraft(level, names[random.nextInt(names.length)], date,
                "https://mp.weixin.qq.com/s/" + Long.toString(Math.abs(random.nextLong()), 36), null);
    }

    /** 巴嘎淖尔村's first correspondent gets a login (bgne_writer, the shared demo password) to submit with. */
    private void linkDemoAccount(Map<OrganizationSummary, List<Long>> writers) {
        if (demoPassword.isBlank() || accounts.exists("bgne_writer")) {
            return;
        }
        writers.entrySet().stream().filter(e -> e.getKey().name().startsWith("巴嘎淖尔村")).findFirst()
                .ifPresent(entry -> {
                    var user = accounts.bootstrap(new UserDraft("bgne_writer", "刘海军", entry.getKey().id(), null,
                            Set.of(Role.CORRESPONDENT), true, demoPassword, null)).user();
                    Actor office = actor(entry.getKey());
                    CorrespondentView writer = correspondents.get(office, entry.getValue().get(0));
                    correspondents.update(office, writer.id(), new CorrespondentDraft(writer.organizationId(),
                            writer.name(), writer.phone(), writer.grid(), user.id(), null, writer.version()));
                });
    }

    private OrganizationSummary find(Actor loader, String name) {
        return organizations.search(loader, name, 5).stream().filter(o -> o.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static Actor actor(OrganizationSummary organization) {
        return com.carenext.demo.DemoLoader.at(organization);
    }
}
