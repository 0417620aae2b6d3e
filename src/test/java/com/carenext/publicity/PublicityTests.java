package com.carenext.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carenext.organization.OrganizationType;
import com.carenext.security.UserView;
import com.carenext.shared.Actor;
import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.NotFoundException;
import com.carenext.shared.Role;
import com.carenext.support.CareNextTest;
import com.carenext.support.Fixtures;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** Publicity through its services and its API, scoped: grid, submissions, review, statistics, rules and 通报. */
@CareNextTest
class PublicityTests {

    static final byte[] PNG = com.carenext.files.FileSamples.PNG.bytes(1024 * 1024);
    static final YearMonth MONTH = YearMonth.of(2023, 6);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Correspondents correspondents;
    @Autowired
    Articles articles;
    @Autowired
    PublicityScores scores;
    @Autowired
    Bulletins bulletins;
    @Autowired
    com.carenext.organization.Organizations organizations;

    Fixtures.Town world;
    UserView writerA;
    UserView writerB;
    Actor writerAActor;
    Actor writerBActor;
    CorrespondentView correspondentA;
    CorrespondentView correspondentB;

    @BeforeEach
    void grid() {
        world = fixtures.town();
        writerA = fixtures.user("writera" + world.villageA().id(), world.villageA(), Role.CORRESPONDENT);
        writerB = fixtures.user("writerb" + world.villageB().id(), world.villageB(), Role.CORRESPONDENT);
        writerAActor = Fixtures.actor(writerA, world.villageA());
        writerBActor = Fixtures.actor(writerB, world.villageB());
        correspondentA = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(),
                "其木格", "13912345678", "甲村一组、二组", writerA.id(), LocalDate.of(2023, 1, 1), null));
        correspondentB = correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageB().id(),
                "王海", "13812345678", "乙村全村", writerB.id(), LocalDate.of(2023, 1, 1), null));
    }

    ArticleView submit(Actor actor, long organizationId, String title, ArticleKind kind, LocalDate date) {
        return articles.submit(actor, new ArticleDraft(organizationId, title, "正文：" + title, null, kind, date,
                null, null, null), List.of());
    }

    PublicationDraft at(OutletLevel level, String outlet, LocalDate date, long version) {
        return new PublicationDraft(level, outlet, date, "https://example.org/" + level, version);
    }

    @Test
    void aCorrespondentOfOneVillageCannotSeeAnothersDrafts() throws Exception {
        ArticleView draftB = submit(writerBActor, world.villageB().id(), "乙村五老宣讲防溺水知识", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 5));
        assertThat(draftB.authors()).extracting(ArticleView.Author::name).containsExactly("王海");

        assertThatThrownBy(() -> articles.get(writerAActor, draftB.id())).isInstanceOf(NotFoundException.class);
        assertThat(articles.list(writerAActor, ArticleFilter.none(), null, 50)).isEmpty();
        mvc.perform(get("/api/v1/articles/" + draftB.id()).with(httpBasic(writerA.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/articles").with(httpBasic(writerA.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("乙村五老"))));
        mvc.perform(get("/publicity/articles/" + draftB.id()).with(Fixtures.login(mvc, writerA.username())))
                .andExpect(status().isNotFound());
        // A correspondent cannot submit for another village either.
        assertThatThrownBy(() -> submit(writerAActor, world.villageB().id(), "冒名稿件", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 6))).isInstanceOf(NotFoundException.class);
        // The statistics of a correspondent show only their own organization.
        MonthStatistics mine = scores.month(writerAActor, MONTH);
        assertThat(mine.organizations()).extracting(OrganizationScore::organizationName)
                .containsExactly(world.villageA().name());
        assertThat(mine.correspondents()).isEmpty();
        // The town office sees both.
        assertThat(articles.list(world.officeActor(), ArticleFilter.none(), null, 50))
                .extracting(ArticleSummary::title).contains("乙村五老宣讲防溺水知识");
    }

    @Test
    void theOfficeAdoptsAndScoresFollowTheLevelAndTheRules() throws Exception {
        ArticleView article = submit(writerAActor, world.villageA().id(), "甲村关工委开展暑期防溺水宣讲",
                ArticleKind.FEATURE, LocalDate.of(2023, 6, 12));
        assertThatThrownBy(() -> articles.adopt(writerAActor, article.id(),
                at(OutletLevel.BANNER, "乌审旗融媒", LocalDate.of(2023, 6, 14), article.version())))
                .isInstanceOf(AccessDeniedException.class);

        mvc.perform(post("/api/v1/articles/" + article.id() + "/adoptions")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"BANNER\",\"outlet\":\"乌审旗融媒\",\"date\":\"2023-06-14\","
                                + "\"link\":\"https://wsq.example/1\",\"version\":" + article.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ADOPTED"));

        // Defaults: 旗 3 points, 通讯 +1; village A met its quota of 1, village B missed it (-2).
        mvc.perform(get("/api/v1/publicity/statistics").param("month", "2023-06")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organizations.rows[0].organizationName").value(world.villageA().name()))
                .andExpect(jsonPath("$.organizations.rows[0].points").value(4))
                .andExpect(jsonPath("$.organizations.rows[0].rank").value(1))
                .andExpect(jsonPath("$.organizations.rows[0].adoptedByLevel.BANNER").value(1))
                .andExpect(jsonPath("$.organizations.rows[0].quotaMet").value(true))
                .andExpect(jsonPath("$.organizations.rows[0].lines[0].rule").value("LEVEL"))
                .andExpect(jsonPath("$.organizations.rows[1].organizationName").value(world.villageB().name()))
                .andExpect(jsonPath("$.organizations.rows[1].points").value(-2))
                .andExpect(jsonPath("$.correspondents.rows[0].name").value("其木格"));

        // A second publication at 市 level: highest only (the default) gives 5 + 1.
        ArticleView adopted = articles.get(world.officeActor(), article.id());
        articles.publish(world.officeActor(), article.id(), at(OutletLevel.CITY, "鄂尔多斯日报",
                LocalDate.of(2023, 6, 20), adopted.version()));
        assertThat(points(world.villageA().id())).isEqualTo(6);

        // The office changes the rules to count each level: the month is recomputed at once (3 + 5 + 1).
        mvc.perform(get("/api/v1/publicity/rules/2023").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        String rules = rulesJson("EACH_LEVEL", 3, null);
        mvc.perform(put("/api/v1/publicity/rules/2023").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(rules))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rules.counting").value("EACH_LEVEL"));
        assertThat(points(world.villageA().id())).isEqualTo(9);
        // Village B's correspondent sees the rules the town set, and cannot change them.
        mvc.perform(get("/api/v1/publicity/rules/2023").with(httpBasic(writerB.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rules.counting").value("EACH_LEVEL"));
        mvc.perform(put("/api/v1/publicity/rules/2023").with(httpBasic(writerB.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(rules))
                .andExpect(status().isForbidden());

        // Organization managers get organization rankings only.
        assertThat(scores.month(world.managerAActor(), MONTH).correspondents()).isEmpty();
    }

    static String rulesJson(String counting, int bannerPoints, Long version) {
        return "{\"townPoints\":1,\"bannerPoints\":" + bannerPoints + ",\"cityPoints\":5,\"regionPoints\":8,"
                + "\"nationalPoints\":10,\"newsPoints\":0,\"featurePoints\":1,\"researchPoints\":2,\"otherPoints\":0,"
                + "\"counting\":\"" + counting + "\",\"villageQuota\":1,\"communityQuota\":1,\"schoolQuota\":0,"
                + "\"partnerQuota\":0,\"penaltyPerMissing\":2,\"monthlyCap\":30,\"yearlyCap\":null,\"commendTop\":3,"
                + "\"commendThreshold\":20,\"commendCorrespondentTop\":5,\"commendCorrespondentThreshold\":10,"
                + "\"criticizeMissedMonths\":3,\"documentPrefix\":\"乌召关工宣\",\"version\":" + version + "}";
    }

    private int points(long organizationId) {
        return scores.month(world.officeActor(), MONTH).organizations().stream()
                .filter(row -> row.organizationId() == organizationId).findFirst().orElseThrow().points();
    }

    @Test
    void returnedArticlesCarryTheReasonAndCanBeResubmitted() {
        ArticleView article = submit(writerAActor, world.villageA().id(), "甲村家长学校开课", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 2));
        assertThatThrownBy(() -> articles.returnArticle(world.officeActor(), article.id(), " ", article.version()))
                .isInstanceOf(BusinessRuleException.class);
        ArticleView returned = articles.returnArticle(world.officeActor(), article.id(), "请补充活动照片和参加人数",
                article.version());
        assertThat(returned.status()).isEqualTo(ArticleStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("请补充活动照片和参加人数");
        assertThatThrownBy(() -> articles.adopt(world.officeActor(), article.id(),
                at(OutletLevel.TOWN, "乌审召镇公众号", LocalDate.of(2023, 6, 3), returned.version())))
                .isInstanceOf(BusinessRuleException.class);
        ArticleView again = articles.resubmit(writerAActor, article.id(), new ArticleDraft(world.villageA().id(),
                "甲村家长学校开课（补充）", "共 36 名家长参加。", null, ArticleKind.NEWS, LocalDate.of(2023, 6, 2),
                List.of(correspondentA.id()), null, returned.version()));
        assertThat(again.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(again.title()).isEqualTo("甲村家长学校开课（补充）");
        assertThat(again.returnReason()).isNull();
        assertThatThrownBy(() -> articles.resubmit(writerAActor, article.id(), new ArticleDraft(world.villageA().id(),
                "旧版本", "x", null, ArticleKind.NEWS, LocalDate.of(2023, 6, 2), null, null, returned.version())))
                .isInstanceOf(com.carenext.shared.StaleEditException.class);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    /** The year's figures read every correspondent with their grid history in the same statements, however many. */
    @Test
    void theYearsFiguresReadTheGridInAFixedNumberOfStatements() throws Exception {
        var statements = new com.carenext.support.Statements(jdbc, dataSource);
        int few = statements.fewest(() -> scores.year(world.officeActor(), 2023)).statements();
        for (int i = 0; i < 10; i++) {
            correspondents.create(world.officeActor(), new CorrespondentDraft(world.villageA().id(), "通讯员" + i,
                    "1391234567" + i, "甲村", null, LocalDate.of(2023, 1, 1), null));
        }
        var many = statements.fewest(() -> scores.year(world.officeActor(), 2023));
        assertThat(many.statements()).as(String.join("\n", many.executed())).isEqualTo(few);
    }

    @Test
    void aCorrespondentsGridKeepsItsHistory() {
        CorrespondentView moved = correspondents.update(world.officeActor(), correspondentA.id(),
                new CorrespondentDraft(world.villageA().id(), "其木格", "13912345678", "甲村三组", writerA.id(),
                        LocalDate.of(2023, 7, 1), correspondentA.version()));
        assertThat(moved.grid()).isEqualTo("甲村三组");
        assertThat(moved.history()).extracting(CorrespondentView.Period::grid, CorrespondentView.Period::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("甲村三组", null),
                        org.assertj.core.groups.Tuple.tuple("甲村一组、二组", LocalDate.of(2023, 6, 30)));
        assertThat(correspondents.list(world.officeActor(), false)).extracting(CorrespondentView::name)
                .contains("其木格", "王海");
        assertThat(correspondents.list(world.managerAActor(), false)).extracting(CorrespondentView::name)
                .containsExactly("其木格");
        assertThat(correspondents.list(world.officeActor(), false)).filteredOn(c -> c.id() == correspondentA.id())
                .singleElement().satisfies(listed -> assertThat(listed.history()).isEqualTo(moved.history()));
        assertThat(correspondents.trainings(world.officeActor(), correspondentA.id())).isEmpty();
        assertThatThrownBy(() -> correspondents.get(world.managerAActor(), correspondentB.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void screenshotsAreCheckedByTheirBytesAndStoredUnderGeneratedNames() throws Exception {
        var session = Fixtures.login(mvc, writerA.username());
        mvc.perform(multipart("/publicity/articles").file(new MockMultipartFile("files", "截图.png", "image/png", PNG))
                        .param("organizationId", String.valueOf(world.villageA().id())).param("title", "甲村截图稿件")
                        .param("link", "https://mp.weixin.qq.com/s/abc").param("kind", "NEWS")
                        .param("date", "2023-06-08").with(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ArticleSummary saved = articles.list(writerAActor, ArticleFilter.none(), null, 10).get(0);
        ArticleView view = articles.get(writerAActor, saved.id());
        assertThat(view.attachments()).extracting(ArticleView.Attachment::name, ArticleView.Attachment::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("截图.png", "image/png"));
        mvc.perform(get("/publicity/articles/" + saved.id() + "/attachments/" + view.attachments().get(0).id())
                        .with(session))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                // written anew from its pixels: the same picture, not the uploaded bytes
                .andExpect(result -> assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                        result.getResponse().getContentAsByteArray()))).isNotNull());
        mvc.perform(get("/publicity/articles/" + saved.id() + "/attachments/" + view.attachments().get(0).id())
                        .with(Fixtures.login(mvc, writerB.username())))
                .andExpect(status().isNotFound());

        // A text file named .png is refused, and nothing of the submission is saved.
        mvc.perform(multipart("/publicity/articles")
                        .file(new MockMultipartFile("files", "假图.png", "image/png", "<script>".getBytes()))
                        .param("organizationId", String.valueOf(world.villageA().id())).param("title", "不应保存")
                        .param("body", "x").param("kind", "NEWS").param("date", "2023-06-08")
                        .with(session).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("的类型不支持")));
        assertThat(articles.list(writerAActor, ArticleFilter.none(), null, 10)).extracting(ArticleSummary::title)
                .doesNotContain("不应保存");
    }

    @Test
    void theBulletinIsDeterministicArchivedAndOpensAsDocx() throws Exception {
        ArticleView a = submit(writerAActor, world.villageA().id(), "甲村五老进校园讲红色故事", ArticleKind.FEATURE,
                LocalDate.of(2023, 6, 9));
        articles.adopt(world.officeActor(), a.id(), at(OutletLevel.BANNER, "乌审旗融媒", LocalDate.of(2023, 6, 10),
                a.version()));
        ArticleView b = submit(writerBActor, world.villageB().id(), "乙村关工委开展家风家训分享会", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 15));
        articles.adopt(world.officeActor(), b.id(), at(OutletLevel.TOWN, "乌审召镇公众号", LocalDate.of(2023, 6, 16),
                b.version()));

        BulletinContent first = bulletins.preview(world.officeActor(), MONTH);
        BulletinContent second = bulletins.preview(world.officeActor(), MONTH);
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(first.title()).isEqualTo("2023年6月份关工宣传信息工作情况的通报");
        assertThat(first.documentNumber()).isEqualTo("乌召关工宣〔2023〕6号");
        assertThat(first.text()).contains("共报送宣传稿件2篇", "采用2篇", "旗级1篇", "镇级1篇",
                "1\t" + world.villageA().name() + "\t1\t1\t1\t4\t是",
                "《甲村五老进校园讲红色故事》（" + world.villageA().name() + "，作者：其木格）：乌审旗融媒（旗级，2023年6月10日）",
                "本月各单位均完成报送任务。", "2023年7月1日");

        String generated = mvc.perform(post("/api/v1/publicity/bulletins")
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2023-06\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.text").value(first.text()))
                .andReturn().getResponse().getContentAsString();
        assertThat(generated).contains("乌召关工宣〔2023〕6号");
        // Generating again from the same data archives the same text, in place of the first.
        BulletinView again = bulletins.generate(world.officeActor(), MONTH);
        assertThat(again.text()).isEqualTo(first.text());
        assertThat(bulletins.archive(world.officeActor(), 0).rows()).extracting(BulletinSummary::month).containsExactly("2023-06");

        mvc.perform(get("/api/v1/publicity/bulletins/2023-06").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.documentNumber").value("乌召关工宣〔2023〕6号"))
                .andExpect(jsonPath("$.content.ranking[0][1]").value(world.villageA().name()));
        for (var request : List.of(
                get("/api/v1/publicity/bulletins/2023-06").accept(PublicityApi.DOCX),
                get("/api/v1/publicity/bulletins/2023-06.docx"),
                get("/api/v1/publicity/bulletins/2023-06").param("format", "docx"))) {
            byte[] docx = mvc.perform(request.with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                    .andExpect(status().isOk()).andExpect(content().contentType(PublicityApi.DOCX))
                    .andReturn().getResponse().getContentAsByteArray();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                XWPFTable ranking = document.getTables().get(0);
                assertThat(ranking.getRow(0).getCell(1).getText()).isEqualTo("单位");
                assertThat(ranking.getRow(1).getCell(1).getText()).isEqualTo(world.villageA().name());
                assertThat(ranking.getRow(1).getCell(5).getText()).isEqualTo("4");
                assertThat(ranking.getRow(2).getCell(1).getText()).isEqualTo(world.villageB().name());
                assertThat(ranking.getRow(2).getCell(5).getText()).isEqualTo("1");
                assertThat(extractor.getText()).contains("2023年6月份关工宣传信息工作情况的通报", "乌召关工宣〔2023〕6号",
                        "乌审旗融媒（旗级，2023年6月10日）", world.town().name(), "2023年7月1日");
            }
        }
        // Nobody outside the office's subtree sees the archived 通报; a month never generated answers 404.
        mvc.perform(get("/api/v1/publicity/bulletins/2023-06").with(httpBasic(writerA.username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publicity/bulletins/2023-05").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/publicity/bulletins").with(httpBasic(writerA.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2023-06\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theYearEndAssessmentCommendsAndCriticizes() throws Exception {
        // Village A publishes at national level every month from January to June; village B never submits.
        for (int month = 1; month <= 12; month++) {
            ArticleView article = submit(writerAActor, world.villageA().id(), "甲村第" + month + "月稿件",
                    ArticleKind.NEWS, LocalDate.of(2022, month, 10));
            articles.adopt(world.officeActor(), article.id(), at(OutletLevel.NATIONAL, "中国火炬",
                    LocalDate.of(2022, month, 20), article.version()));
        }
        YearAssessment year = scores.year(world.officeActor(), 2022);
        assertThat(year.throughMonth()).isEqualTo(12);
        assertThat(year.commended()).extracting(OrganizationYear::organizationName)
                .containsExactly(world.villageA().name());
        assertThat(year.organizations().get(0).points()).isEqualTo(120);
        assertThat(year.criticized()).extracting(OrganizationYear::organizationName, OrganizationYear::missedMonths)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(world.villageB().name(), 12));
        assertThat(year.commendedCorrespondents()).extracting(CorrespondentScore::name).containsExactly("其木格");
        assertThat(scores.year(world.managerAActor(), 2022).correspondents()).isEmpty();

        byte[] xlsx = mvc.perform(get("/publicity/assessment.xlsx").param("year", "2022")
                        .with(Fixtures.login(mvc, world.office().username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            String all = java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetAt)
                    .flatMap(sheet -> java.util.stream.StreamSupport.stream(sheet.spliterator(), false))
                    .flatMap(row -> java.util.stream.StreamSupport.stream(row.spliterator(), false))
                    .map(Object::toString).collect(Collectors.joining("|"));
            assertThat(all).contains(world.villageA().name(), "120", "其木格", world.villageB().name());
        }
    }

    @Test
    void pagesAnswerForEveryRole() throws Exception {
        ArticleView article = submit(writerAActor, world.villageA().id(), "甲村页面稿件", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 9));
        var office = Fixtures.login(mvc, world.office().username());
        for (String page : List.of("/publicity/correspondents", "/publicity/correspondents/new",
                "/publicity/correspondents/" + correspondentA.id(), "/publicity/correspondents/" + correspondentA.id() + "/edit",
                "/publicity/articles", "/publicity/articles/new", "/publicity/articles/" + article.id(),
                "/publicity/statistics?month=2023-06", "/publicity/rules?year=2023", "/publicity/bulletins?month=2023-06",
                "/publicity/assessment?year=2023")) {
            mvc.perform(get(page).with(office)).andExpect(status().isOk());
        }
        var writer = Fixtures.login(mvc, writerA.username());
        for (String page : List.of("/publicity/articles", "/publicity/articles/new", "/publicity/articles/" + article.id(),
                "/publicity/statistics?month=2023-06")) {
            mvc.perform(get(page).with(writer)).andExpect(status().isOk());
        }
        mvc.perform(post("/publicity/articles").with(writer).with(csrf())
                        .param("organizationId", String.valueOf(world.villageA().id())).param("kind", "NEWS"))
                .andExpect(status().isBadRequest());
        // Returned, corrected through the page, submitted again.
        ArticleView returned = articles.returnArticle(world.officeActor(), article.id(), "请补充照片", article.version());
        mvc.perform(get("/publicity/articles/" + article.id() + "/edit").with(writer)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请补充照片")));
        mvc.perform(post("/publicity/articles/" + article.id() + "/resubmit").with(writer).with(csrf())
                        .param("organizationId", String.valueOf(world.villageA().id())).param("title", "甲村页面稿件（修改）")
                        .param("body", "补充了照片说明").param("kind", "NEWS").param("date", "2023-06-09")
                        .param("authorIds", String.valueOf(correspondentA.id()))
                        .param("version", String.valueOf(returned.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(articles.get(writerAActor, article.id()).status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void anUnknownAccountIsRefusedAndNothingIsLinked() throws Exception {
        // this test used to lock in the missing reference check (201 with a link to no account)
        mvc.perform(post("/api/v1/correspondents").with(httpBasic(world.office().username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + world.villageA().id() + ",\"name\":\"新通讯员\",\"userId\":987654321}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("账号 #987654321 不存在，或不在您管理的组织范围内，不能关联。"));
        mvc.perform(post("/api/v1/correspondents").with(httpBasic(writerA.username(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + world.villageA().id() + ",\"name\":\"自封通讯员\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void movingAnOrganizationCarriesItsPublicityAlong() {
        ArticleView article = submit(writerAActor, world.villageA().id(), "甲村迁移前稿件", ArticleKind.NEWS,
                LocalDate.of(2023, 6, 3));
        var district = fixtures.organization(world.officeActor(), world.town(), "片区" + world.town().id(),
                OrganizationType.PARTNER_UNIT);
        organizations.move(world.officeActor(), world.villageA().id(), district.id(),
                organizations.get(world.officeActor(), world.villageA().id()).version());
        var movedA = organizations.get(world.officeActor(), world.villageA().id());
        Actor managerOfDistrict = new Actor(0, "district", "片区", district.id(), district.name(),
                organizations.get(world.officeActor(), district.id()).path(), java.util.Set.of(Role.ORG_MANAGER));
        assertThat(articles.get(managerOfDistrict, article.id()).title()).isEqualTo("甲村迁移前稿件");
        assertThat(correspondents.list(managerOfDistrict, false)).extracting(CorrespondentView::name)
                .containsExactly("其木格");
        Actor writerMoved = new Actor(writerA.id(), writerA.username(), "w", movedA.id(), movedA.name(), movedA.path(),
                java.util.Set.of(Role.CORRESPONDENT));
        assertThat(articles.list(writerMoved, ArticleFilter.none(), null, 10)).extracting(ArticleSummary::title)
                .containsExactly("甲村迁移前稿件");
    }

    @Test
    void demoOrganizationTypesWithoutQuotaTakePartOnlyWhenTheySubmit() {
        var school = fixtures.organization(world.officeActor(), world.town(), "测试小学" + world.town().id(),
                OrganizationType.SCHOOL);
        assertThat(scores.month(world.officeActor(), MONTH).organizations())
                .extracting(OrganizationScore::organizationId).doesNotContain(school.id());
        articles.submit(world.officeActor(), new ArticleDraft(school.id(), "小学开展法治教育", "正文", null,
                ArticleKind.NEWS, LocalDate.of(2023, 6, 1), null, "李林", null), List.of());
        assertThat(scores.month(world.officeActor(), MONTH).organizations())
                .extracting(OrganizationScore::organizationId).contains(school.id());
    }
}
