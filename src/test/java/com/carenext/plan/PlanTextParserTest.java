package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanTextParserTest {

    private final PlanTextParser parser = new PlanTextParser();

    static String fixture(String name) {
        try (InputStream in = PlanTextParserTest.class.getResourceAsStream("/plans/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ParsedTask task(String number, String text) {
        return new ParsedTask(number, text, List.of());
    }

    private static ParsedTask task(String number, String text, ParsedTask... items) {
        return new ParsedTask(number, text, List.of(items));
    }

    private static ParsedRosterEntry member(String post, String name, String position) {
        return new ParsedRosterEntry(post, name, position);
    }

    @Nested
    class Seed {

        private final ParsedPlan plan = parser.parse(fixture("seed-wushenzhao-2023.txt"));

        @Test
        void readsThePlanTitleNotTheNoticeTitleAndTheSignature() {
            assertThat(plan.title()).isEqualTo("乌审召镇2023年关心下一代工作计划");
            assertThat(plan.issuer()).isEqualTo("乌审召镇人民政府");
            assertThat(plan.date()).isEqualTo(LocalDate.of(2023, 4, 5));
        }

        @Test
        void preambleIsTheIntroductionOfThePlanOnly() {
            assertThat(plan.preamble()).isEqualTo("2023年，乌审召镇坚持以习近平新时代中国特色社会主义思想为指导，全面学习宣传贯彻党的二十大精神，"
                    + "深入学习贯彻习近平总书记关于关心下一代工作的重要指示批示精神以及省、市、区、旗关心下一代工作委员会精神，"
                    + "充分发挥“五老”在青少年思想政治工作中的独特优势和重要作用，奋力推动关工委工作高质量发展，争取乌审召镇关心下一代工作再上新台阶。");
        }

        @Test
        void hasFiveSectionsWithTheirTitles() {
            assertThat(plan.sections()).extracting(ParsedSection::number).containsExactly("一", "二", "三", "四", "五");
            assertThat(plan.sections()).extracting(ParsedSection::title).containsExactly(
                    "强化理论学习，压实“五老”责任",
                    "强化组织建设，增加“五老”力量",
                    "强化活动开展，突显“五老”作用",
                    "强化信息宣传，彰显“五老”风采",
                    "助力乡村振兴，扩大“五老”影响");
        }

        @Test
        void sectionWithoutItemsIsOneTaskWithoutBookmarkMarkup() {
            ParsedSection first = plan.sections().get(0);
            assertThat(first.body()).isEmpty();
            assertThat(first.tasks()).containsExactly(task("",
                    "2023年，乌审召镇关工委要持续深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，深刻认识“两个确立”决定性意义，"
                            + "进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”。采取“线上+线下”结合的形式，丰富学习方式和方法，"
                            + "真正做到用心学、用脑学、用行学，提高学习主动性和积极性，从“要我学”转变成“我要学”，努力提高自身理论学习能力和知识水平。"
                            + "同时，进一步强化用理论指导实践的运用，做到学有所思、学有所悟、学有所用，切实提升乌审召镇关心下一代工作质效，"
                            + "提高自身责任意识，为乌审召镇的美好建设添砖加瓦。"));
            assertThat(plan.toString()).doesNotContain("bookmark", "_GoBack");
        }

        @Test
        void enumeratedItemsBecomeTasksAndTheLeadInTheBody() {
            ParsedSection second = plan.sections().get(1);
            assertThat(second.body()).isEqualTo("2023年为更好发挥关工委作用，提升为下一代服务效能，乌审召镇关工委将进一步强化组织建设，"
                    + "配齐配强镇关工委工作力量。主要有以下几项重点工作：");
            assertThat(second.tasks()).containsExactly(
                    task("一是", "提高思想认识，认清关工工作重要性，严格工作部署，持续贯彻落实“四纳入”“四统一”，"
                            + "将关工委工作与各项重点工作协同开展、协同推进、协同落实。"),
                    task("二是", "加强基层关工组织建设。增强基层关工组织建设的深度与广度，增加关工组织的数量与质量，"
                            + "同时对已建立的关工组织进行补充和完善，一方面加强组织人员的培训提升自身能力和水平，另一方面丰富途径广泛吸纳人才强化组织力量。"),
                    task("三是", "推进“五老”队伍建设。开展常态化“五老”志愿者培训，提升志愿者素质与水平，加大宣传力度，"
                            + "号召更多的老干部、老党员、老同志加入到“五老”队伍，定期关注“五老”队伍的身心健康，为关心下一代工作顺利开展提供坚实的基础保障。"));

            ParsedSection third = plan.sections().get(2);
            assertThat(third.body()).isEqualTo("2023年乌审召镇将继续大力组织开展各类活动，突显“五老”作用。");
            assertThat(third.tasks()).extracting(ParsedTask::number).containsExactly("一是", "二是", "三是");
            assertThat(third.tasks().get(1).text())
                    .isEqualTo("开展弘扬优良家风活动，发挥五老言传身教作用和家长学校教育引导作用，构建家校结合的育人模式，实现教育全覆盖无死角。");
            assertThat(third.tasks().get(2).text()).startsWith("组织“五老”志愿者扎实开展暑期防溺水工作")
                    .endsWith("竭力保障青少年儿童的生命健康安全。");

            ParsedSection fourth = plan.sections().get(3);
            assertThat(fourth.body()).startsWith("2023年乌审召镇将强化关工工作的信息宣传").endsWith("主要有以下几项举措：");
            assertThat(fourth.tasks()).extracting(ParsedTask::number).containsExactly("一是", "二是", "三是");
            assertThat(fourth.tasks().get(2).text())
                    .isEqualTo("镇关工委对各基层关工组织宣传稿件进行月统计和通报，激发各通讯员做好关工信息宣传工作主动性和积极性。");

            ParsedSection fifth = plan.sections().get(4);
            assertThat(fifth.body()).isEqualTo("2023年乌审召镇关工委将持续依托牧区大寨生态教育基地充分发挥自身优势和特长，不断拓展育人功能，"
                    + "讲好红色故事、讲好“大寨”故事、讲好当代故事。");
            assertThat(fifth.tasks()).extracting(ParsedTask::number).containsExactly("一是", "二是");
            assertThat(fifth.tasks().get(1).text()).startsWith("持续发挥基层关工组织特长").endsWith("为美好乌审召的建设贡献关工力量。");
            List<ParsedTask> tasks = plan.sections().stream().flatMap(s -> s.tasks().stream()).toList();
            assertThat(tasks).hasSize(12);
            assertThat(tasks).allSatisfy(t -> assertThat(t.items()).isEmpty());
            assertThat(tasks).extracting(ParsedTask::text).noneMatch(t -> t.contains("附件") || t.contains("宝音图"));
        }

        @Test
        void rosterAttachmentGivesTenMembers() {
            assertThat(plan.roster()).containsExactly(
                    member("DIRECTOR", "宝音图", "党委副书记"),
                    member("DEPUTY_DIRECTOR", "道格通毕力格", "关心下一代工作干事"),
                    member("DEPUTY_DIRECTOR", "郝和平", "“五老”人员"),
                    member("MEMBER", "李林", "查汗淖学校校长"),
                    member("MEMBER", "刘存艳", "查汗淖幼儿园园长"),
                    member("MEMBER", "萨日娜", "乌审召小学校长"),
                    member("MEMBER", "塔娜", "乌审召幼儿园园长"),
                    member("MEMBER", "左逸楠", "团委书记"),
                    member("MEMBER", "娜仁图雅", "计生办主任"),
                    member("MEMBER", "张鲜斌", "卫生院院长"));
        }

        @Test
        void noticeTextIsNotPartOfThePlanButKeptAsTheNotice() {
            String planText = plan.preamble() + plan.sections() + plan.closing();
            assertThat(planText).doesNotContain("现将", "各嘎查（村）、社区、各相关单位", "的通知");
            assertThat(plan.notice()).isEqualTo("乌审召镇人民政府关于印发乌审召镇2023年关心下一代工作计划的通知\n"
                    + "各嘎查（村）、社区、各相关单位：\n现将《乌审召镇2023年关心下一代工作计划》印发给你们，请认真贯彻落实。\n"
                    + "乌审召镇人民政府\n2023年4月5日");
            assertThat(plan.closing()).isEqualTo("附件：\n乌审召镇关工委组成成员");
        }

        @Test
        void sharedSeedBesideTheRepositoryParsesTheSame() throws IOException {
            Path shared = Path.of(System.getProperty("user.dir")).resolve("../shared/seed/000_69b9854fd60040dc.txt").normalize();
            if (System.getenv("CI") != null && !"false".equalsIgnoreCase(System.getenv("CI"))) {
                // under CI the seed must be there: a silent skip would hide a broken checkout
                assertThat(shared).as("shared seed under CI").isRegularFile();
            }
            assumeThat(Files.isRegularFile(shared)).as("shared seed present at %s", shared).isTrue();
            assertThat(parser.parse(Files.readString(shared, StandardCharsets.UTF_8))).isEqualTo(plan);
        }
    }

    @Nested
    class Shapes {

        @Test
        void nestedLevelsBecomeTasksAndItems() {
            ParsedPlan plan = parser.parse(fixture("nested-levels.txt"));
            assertThat(plan.title()).isEqualTo("嘎鲁图镇关工委2024年工作要点");
            assertThat(plan.issuer()).isEqualTo("嘎鲁图镇关心下一代工作委员会");
            assertThat(plan.date()).isEqualTo(LocalDate.of(2024, 2, 20));
            assertThat(plan.preamble()).isEqualTo("为深入贯彻落实上级关工委工作部署，结合我镇实际，制定本要点。");
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "加强思想政治引领", "", List.of(
                            task("（一）", "深化理论学习",
                                    task("1", "每季度组织一次集中学习。"),
                                    task("2", "开展“五老”读书活动，推荐书目如下：",
                                            task("（1）", "《习近平谈治国理政》；"),
                                            task("（2）", "《关心下一代工作读本》。"))),
                            task("（二）", "开展主题教育\n围绕“强国复兴有我”主题，组织青少年开展系列教育活动。"))),
                    new ParsedSection("二", "健全组织体系", "", List.of(
                            task("（一）", "完善组织。各嘎查（村）、社区关工组织实现全覆盖。"),
                            task("（二）", "配强队伍", task("3", "每个嘎查（村）至少配备2名“五老”志愿者。")))));
            assertThat(plan.roster()).isEmpty();
        }

        @Test
        void enumerationAcrossLineBreaksIsJoined() {
            ParsedPlan plan = parser.parse(fixture("shi-wrapped.txt"));
            assertThat(plan.title()).isEqualTo("图克镇2023年关心下一代工作计划");
            assertThat(plan.date()).isNull();
            ParsedSection first = plan.sections().get(0);
            assertThat(first.body()).isEqualTo("2023年，图克镇关工委继续开展关爱帮扶工作，主要做好以下三个方面：");
            assertThat(first.tasks()).containsExactly(
                    task("一是", "摸清底数，对全镇留守儿童、困境儿童建立台账，实行动态管理。"),
                    task("二是", "结对帮扶，组织“五老”志愿者与困难青少年结对，每月至少走访一次。"),
                    // "统一是非" inside an item is not a new marker
                    task("三是", "统一是非标准，引导青少年明辨是非。"));
            assertThat(plan.sections().get(1)).isEqualTo(new ParsedSection("二", "加强家庭教育指导", "",
                    List.of(task("", "依托家长学校开展家庭教育讲座，全年不少于四次。"))));
        }

        @Test
        void halfWidthPunctuationIsUnderstood() {
            ParsedPlan plan = parser.parse(fixture("half-width.txt"));
            assertThat(plan.title()).isEqualTo("苏力德苏木关工委2023年工作安排");
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "强化组织建设", "", List.of(
                            task("（一）", "配齐配强苏木关工委班子."),
                            task("（二）", "完善嘎查关工小组:",
                                    task("1", "每个嘎查确定1名联络员;"),
                                    task("2", "建立工作台账.")))),
                    new ParsedSection("二", "开展品牌活动", "", List.of(
                            task("1", "暑期“五老”宣讲团进嘎查;"),
                            task("2", "冬季送温暖活动."))));
        }

        @Test
        void planWithoutDateHasNullDateAndNoIssuer() {
            ParsedPlan plan = parser.parse(fixture("no-date.txt"));
            assertThat(plan.title()).isEqualTo("河南乡关工委2024年工作思路");
            assertThat(plan.issuer()).isEmpty();
            assertThat(plan.date()).isNull();
            assertThat(plan.preamble()).isEqualTo("2024年，河南乡关工委将围绕中心、服务大局，扎实做好各项工作。");
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "抓学习", "", List.of(task("", "组织“五老”学习党的二十大精神，每月集中学习一次。"))),
                    new ParsedSection("二", "抓活动", "", List.of(
                            task("一是", "开展“四史”宣讲进校园活动。"),
                            task("二是", "开展暑期防溺水巡河活动。"))));
        }

        @Test
        void planWithoutSectionsIsOneUnnumberedSection() {
            ParsedPlan plan = parser.parse(fixture("no-sections.txt"));
            assertThat(plan.title()).isEqualTo("无定河镇关工委关于做好2023年暑期防溺水工作的安排");
            assertThat(plan.preamble()).isEmpty();
            assertThat(plan.sections()).containsExactly(new ParsedSection("", "",
                    "为切实保障青少年暑期安全，镇关工委决定组织“五老”志愿者开展防溺水工作：",
                    List.of(task("一是", "开展宣讲，进学校、进嘎查宣传防溺水知识；"),
                            task("二是", "设立警示牌，在河湖、淖尔周边设置警示标志；"),
                            task("三是", "常态化巡逻，每日早晚各巡查一次。"))));
        }

        @Test
        void planWithoutSectionsOrItemsIsOneTask() {
            ParsedPlan plan = parser.parse("关工委工作安排\n今年重点抓好青少年思想教育。\n同时做好关爱帮扶。");
            assertThat(plan.title()).isEqualTo("关工委工作安排");
            assertThat(plan.sections()).containsExactly(new ParsedSection("", "", "",
                    List.of(task("", "今年重点抓好青少年思想教育。\n同时做好关爱帮扶。"))));
        }

        @Test
        void diAndSequenceEnumerations() {
            ParsedPlan plan = parser.parse(fixture("di-enumeration.txt"));
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "加强学习培训", "街道关工委要把学习摆在首位。", List.of(
                            task("第一", "组织“五老”集中学习，每季度不少于一次。"),
                            task("第二", "开展骨干培训，邀请专家授课。"),
                            task("第三", "建立学习台账，做到有据可查。"))),
                    new ParsedSection("二", "规范工作流程", "做好各项工作，", List.of(
                            task("首先", "制定年度工作清单；"),
                            task("其次", "明确责任分工；"),
                            task("最后", "年底进行总结考核。"))),
                    // 第一书记 is not an enumeration
                    new ParsedSection("三", "培养基层骨干", "", List.of(task("", "注重培养社区第一书记参与关工工作，推动形成合力。"))));
        }

        @Test
        void dateInChineseNumeralsWithSignatureAtTheEnd() {
            ParsedPlan plan = parser.parse(fixture("chinese-date.txt"));
            assertThat(plan.title()).isEqualTo("嘎鲁图镇中心校关工委2023年工作计划");
            assertThat(plan.issuer()).isEqualTo("嘎鲁图镇中心校关心下一代工作委员会");
            assertThat(plan.date()).isEqualTo(LocalDate.of(2023, 4, 5));
            assertThat(plan.sections()).hasSize(2);
            assertThat(plan.sections().get(1).tasks()).containsExactly(task("", "组织“红领巾心向党”主题队日活动。"));
        }

        @Test
        void rosterWithOtherSpacingHalfWidthAndSeveralNamesPerLine() {
            ParsedPlan plan = parser.parse(fixture("roster-spacing.txt"));
            assertThat(plan.sections()).containsExactly(new ParsedSection("一", "健全组织机构", "",
                    List.of(task("", "调整充实镇关工委组成人员，名单见附件。"))));
            assertThat(plan.roster()).containsExactly(
                    member("DIRECTOR", "巴雅尔", "党委书记"),
                    member("EXECUTIVE_DEPUTY", "王强", "党委副书记"),
                    member("DEPUTY_DIRECTOR", "刘海", "人大主席"),
                    member("DEPUTY_DIRECTOR", "其其格", "“五老”人员"),
                    member("SECRETARY_GENERAL", "张敏", "关工委干事"),
                    member("MEMBER", "额尔敦", "巴彦柴达木嘎查（村）党支部书记"),
                    member("MEMBER", "孙丽", "中心校校长"),
                    member("MEMBER", "白雪", "卫生院院长"));
        }

        @Test
        void crlfBomTabsAndNbspAreCleaned() {
            String text = fixture("crlf-bom.txt");
            assertThat(text).startsWith("\uFEFF").contains("\r\n", "\t", "\u00A0", "\u3000");
            ParsedPlan plan = parser.parse(text);
            assertThat(plan).isEqualTo(new ParsedPlan("巴彦柴达木嘎查2023年关工工作计划", "巴彦柴达木嘎查党支部",
                    LocalDate.of(2023, 3, 15), "", List.of(
                    new ParsedSection("一", "关爱留守儿童", "", List.of(
                            task("一是", "建立留守儿童档案；"),
                            task("二是", "每月开展一次走访。"))),
                    new ParsedSection("二", "开展普法教育", "", List.of(task("", "邀请司法所民警进校园开展普法讲座。")))),
                    List.of(), "", "巴彦柴达木嘎查党支部\n2023-03-15"));
        }

        @Test
        void textAfterTheLastItemContinuesThatItem() {
            ParsedPlan plan = parser.parse(fixture("trailing-text.txt"));
            assertThat(plan.sections().get(0)).isEqualTo(new ParsedSection("一", "保障措施", "", List.of(
                    task("一是", "加强领导，村两委定期研究关工工作。"),
                    task("二是", "落实经费，保障活动正常开展。\n各小组要高度重视，认真抓好落实，确保各项工作取得实效。\n年底前报送工作总结。"))));
            assertThat(plan.sections().get(1).tasks()).containsExactly(task("", "未尽事宜另行通知。"));
        }

        @Test
        void noticeWithBookTitleDottedDateAndRepeatedSignature() {
            ParsedPlan plan = parser.parse(fixture("notice-bracket.txt"));
            assertThat(plan).isEqualTo(new ParsedPlan("乌审旗关工委2024年工作要点", "乌审旗关心下一代工作委员会",
                    LocalDate.of(2024, 1, 10), "", List.of(
                    new ParsedSection("一", "坚持政治引领", "", List.of(task("", "深入学习贯彻党的二十大精神。"))),
                    new ParsedSection("二", "推进阵地建设", "", List.of(task("", "新建关工活动室5个。")))),
                    List.of(), "乌审旗关工委关于印发《乌审旗关工委2024年工作要点》的通知\n各苏木镇关工委、旗直各相关单位：\n"
                    + "现将《乌审旗关工委2024年工作要点》印发给你们，请结合实际认真抓好落实。\n乌审旗关心下一代工作委员会\n2024.1.10",
                    "乌审旗关心下一代工作委员会\n2024.1.10"));
        }

        @Test
        void noticeWithoutStandaloneTitleUsesTheEmbeddedTitleAndTitlePrefixAsIssuer() {
            ParsedPlan plan = parser.parse("某镇关工委关于印发某镇2023年工作计划的通知\n各村：\n现印发给你们。\n一、抓学习\n每月学习一次。");
            assertThat(plan.title()).isEqualTo("某镇2023年工作计划");
            assertThat(plan.issuer()).isEqualTo("某镇关工委");
            assertThat(plan.date()).isNull();
            // without a signature the notice lines cannot be told apart from the plan: they are kept, not lost
            assertThat(plan.preamble()).isEqualTo("各村：\n现印发给你们。");
            assertThat(plan.sections()).extracting(ParsedSection::title).containsExactly("抓学习");
        }

        @Test
        void sectionHeadingWithTextAfterFullStop() {
            ParsedPlan plan = parser.parse("一、加强学习。全年集中学习不少于四次。\n二、工作目标：实现组织全覆盖。");
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "加强学习", "", List.of(task("", "全年集中学习不少于四次。"))),
                    new ParsedSection("二", "工作目标", "", List.of(task("", "实现组织全覆盖。"))));
        }

        @Test
        void secondLevelHeadingsServeAsSectionsWhenThereAreNoFirstLevelOnes() {
            ParsedPlan plan = parser.parse("（一）抓学习\n每月一次。\n（二）抓活动\n1.普法；\n2.防溺水。");
            assertThat(plan.sections()).containsExactly(
                    new ParsedSection("一", "抓学习", "", List.of(task("", "每月一次。"))),
                    new ParsedSection("二", "抓活动", "", List.of(task("1", "普法；"), task("2", "防溺水。"))));
        }

        @Test
        void loneYiShiIsNotAnEnumeration() {
            ParsedPlan plan = parser.parse("一、目标\n要做到：一是要有明确目标，并持续推进。");
            assertThat(plan.sections().get(0).tasks()).containsExactly(task("", "要做到：一是要有明确目标，并持续推进。"));
        }

        @Test
        void attachmentWithoutRosterStaysAsText() {
            ParsedPlan plan = parser.parse("一、活动\n开展活动。\n附件：2023年活动安排表\n三月：植树活动。");
            assertThat(plan.roster()).isEmpty();
            assertThat(plan.sections().get(0).tasks().get(0).text()).isEqualTo("开展活动。\n附件：2023年活动安排表\n三月：植树活动。");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "2023年4月5日|2023-04-05",
                "2023 年 4 月 5 日|2023-04-05",
                "2023-04-05|2023-04-05",
                "2023.4.5|2023-04-05",
                "2023/4/5|2023-04-05",
                "（2023年4月5日）|2023-04-05",
                "二〇二三年四月五日|2023-04-05",
                "二○二三年十二月三十一日|2023-12-31",
                "二〇二四年二月二十九日|2024-02-29"})
        void signatureDatesInEveryForm(String written, LocalDate expected) {
            ParsedPlan plan = parser.parse("某镇关工委工作计划\n一、学习\n每月学习。\n某镇关工委\n" + written);
            assertThat(plan.date()).isEqualTo(expected);
            assertThat(plan.issuer()).isEqualTo("某镇关工委");
            assertThat(plan.sections().get(0).tasks()).containsExactly(task("", "每月学习。"));
        }

        @ParameterizedTest
        @CsvSource({"2023年2月30日", "2023-13-01", "二〇二三年十三月一日", "2023年4月5日召开会议"})
        void impossibleOrEmbeddedDatesAreText(String written) {
            ParsedPlan plan = parser.parse("一、学习\n" + written);
            assertThat(plan.date()).isNull();
            assertThat(plan.sections().get(0).tasks().get(0).text()).isEqualTo(written);
        }
    }

    @Nested
    class Robustness {

        @Test
        void nullAndBlankGiveTheEmptyPlan() {
            assertThat(parser.parse(null)).isEqualTo(ParsedPlan.empty());
            assertThat(parser.parse("")).isEqualTo(ParsedPlan.empty());
            assertThat(parser.parse(" \r\n\t\u00A0\u3000\uFEFF")).isEqualTo(ParsedPlan.empty());
            assertThat(ParsedPlan.empty().date()).isNull();
            assertThat(ParsedPlan.empty().title()).isEmpty();
        }

        @Test
        void seedWithWindowsLineEndingsBomTabsAndNbspParsesTheSame() {
            String seed = fixture("seed-wushenzhao-2023.txt");
            String windows = "\uFEFF" + seed.replace("\n", "\r\n").replace("    ", "\t").replace("，", "\u00A0，");
            assertThat(parser.parse(windows)).isEqualTo(parser.parse(seed));
        }

        @Test
        void hugeInputParses() {
            String seed = fixture("seed-wushenzhao-2023.txt");
            String huge = seed.repeat(200) + "一是".repeat(50_000) + "很长的一行".repeat(100_000);
            ParsedPlan plan = parser.parseStrict(huge);
            assertThat(plan.title()).isEqualTo("乌审召镇2023年关心下一代工作计划");
            assertThat(plan.sections()).isNotEmpty();
        }

        private static final String[] TOKENS = {
                "一、", "二、", "三、", "十一、", "一.", "二．", "（一）", "(二)", "（三）", "1.", "2、", "3．", "（1）", "(2)", "①",
                "一是", "二是", "三是", "四是", "第一，", "第二，", "第三、", "首先，", "其次，", "再次，", "最后，",
                "\n", "\n", "\n", "\r\n", "\r", "。", "，", "：", ":", "；", "、", " ", "  ", "\t", "\u00A0", "\u3000", "\uFEFF",
                "[bookmark: _GoBack]", "2023年4月5日", "二〇二三年四月五日", "2023.4.5", "2023年2月30日", "主任：", "成 员：",
                "（", "）", "(", ")", "《", "》", "“", "”", "关工委", "五老", "计划", "工作", "乌审召镇", "李  林（校长）"};

        /** Numbering and date characters may legitimately disappear into numbers and dates; nothing else may. */
        private static final String STRUCTURAL = "〇○零一二三四五六七八九十廿卅两是第首先其次再最后年月日";

        @Test
        void randomTextNeverThrowsAndKeepsEveryCharacter() {
            Random random = new Random(20230405L);
            for (int round = 0; round < 2000; round++) {
                String input = randomText(random);
                ParsedPlan plan = assertParses(input);
                assertKeepsHan(input, plan);
            }
        }

        @Test
        void randomTextWithNoticeAndAttachmentTokensNeverThrows() {
            Random random = new Random(7L);
            for (int round = 0; round < 1000; round++) {
                StringBuilder b = new StringBuilder(randomText(random));
                b.insert(random.nextInt(b.length() + 1), random.nextBoolean() ? "\n附件：\n" : "关于印发《计划》的通知\n");
                assertParses(b.toString());
            }
        }

        @Test
        void seedMutationsNeverThrowAndKeepThePlanText() {
            String seed = fixture("seed-wushenzhao-2023.txt");
            List<String> lines = List.of(seed.split("\n", -1));
            int titleLine = lines.indexOf("乌审召镇2023年关心下一代工作计划");
            int attachmentLine = lines.indexOf(" 附件：");
            assertThat(titleLine).isPositive();
            assertThat(attachmentLine).isGreaterThan(titleLine);
            List<String> head = lines.subList(0, titleLine + 1);
            List<String> planLines = lines.subList(titleLine + 1, attachmentLine);
            List<String> tail = lines.subList(attachmentLine, lines.size());

            Random random = new Random(42L);
            for (int round = 0; round < 1000; round++) {
                List<String> mutated = mutate(new ArrayList<>(planLines), random);
                List<String> all = new ArrayList<>(head);
                all.addAll(mutated);
                all.addAll(random.nextInt(4) == 0 ? mutate(new ArrayList<>(tail), random) : tail);
                ParsedPlan plan = assertParses(String.join(random.nextBoolean() ? "\n" : "\r\n", all));
                assertThat(plan.title()).isEqualTo("乌审召镇2023年关心下一代工作计划");
                assertThat(plan.roster()).hasSizeLessThanOrEqualTo(20);
                assertKeepsHan(String.join("\n", mutated), plan);
            }
            for (int round = 0; round < 500; round++) {
                assertParses(String.join("\n", mutate(new ArrayList<>(lines), random)));
            }
        }

        private ParsedPlan assertParses(String input) {
            ParsedPlan[] result = new ParsedPlan[1];
            assertThatCode(() -> result[0] = parser.parseStrict(input)).as("input: %s", input).doesNotThrowAnyException();
            assertThat(result[0]).isNotNull();
            assertThat(parser.parse(input)).isEqualTo(result[0]);
            return result[0];
        }

        private static void assertKeepsHan(String input, ParsedPlan plan) {
            String output = plan.toString();
            Set<Integer> missing = input.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .filter(cp -> STRUCTURAL.indexOf(cp) < 0)
                    .filter(cp -> output.indexOf(new String(Character.toChars(cp))) < 0)
                    .boxed().collect(Collectors.toSet());
            assertThat(missing).as("characters lost from input: %s", input).isEmpty();
        }

        private static String randomText(Random random) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(60);
            for (int i = 0; i < parts; i++) {
                int kind = random.nextInt(10);
                if (kind < 5) {
                    b.append(TOKENS[random.nextInt(TOKENS.length)]);
                } else if (kind < 8) {
                    int n = 1 + random.nextInt(12);
                    for (int k = 0; k < n; k++) {
                        b.appendCodePoint(0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
                    }
                } else {
                    int cp = random.nextInt(0x10FFFF);
                    if (Character.isValidCodePoint(cp)) {
                        b.appendCodePoint(cp);
                    }
                }
            }
            return b.toString();
        }

        private static List<String> mutate(List<String> lines, Random random) {
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits && !lines.isEmpty(); e++) {
                int at = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(random.nextInt(lines.size() + 1), lines.get(at));
                    case 2 -> {
                        String line = lines.get(at);
                        int cut = random.nextInt(line.length() + 1);
                        lines.set(at, line.substring(0, cut));
                        lines.add(at + 1, line.substring(cut));
                    }
                    default -> {
                        String line = lines.get(at);
                        int pos = random.nextInt(line.length() + 1);
                        lines.set(at, line.substring(0, pos) + TOKENS[random.nextInt(TOKENS.length)] + line.substring(pos));
                    }
                }
            }
            return lines;
        }
    }
}
