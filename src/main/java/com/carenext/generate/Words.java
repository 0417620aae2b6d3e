package com.carenext.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The words generated names are built from, kept in {@code generated_word} so that the set-based inserts can join
 * them: common Han surnames and given names by gender, Mongolian names by gender (the region is Inner Mongolia),
 * place-name parts, and titles per module. {@link #pick} is the SQL that picks one by a number.
 */
final class Words {

    static final Map<String, List<String>> ALL = Map.ofEntries(
            Map.entry("surname", split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 "
                    + "邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 "
                    + "夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 莫 孔 "
                    + "汤 常 康 乔")),
            Map.entry("male", split("建国 志强 国庆 振华 建华 文明 永胜 德胜 宝山 建军 卫东 红军 国华 永强 树林 春生 福顺 "
                    + "玉海 长青 忠诚 立新 学文 占山 广才 金贵 世昌 万福 有才 殿元 守业 凤山 秉义 庆丰 家宝 俊峰 "
                    + "明亮 继光 志刚 保国")),
            Map.entry("female", split("秀兰 桂英 玉兰 秀英 淑珍 凤英 丽华 桂兰 秀珍 玉梅 淑兰 翠花 春梅 红梅 凤兰 "
                    + "素芳 金凤 秀梅 玉珍 美兰 月娥 爱华 丽君 淑英 艳华 彩霞 冬梅 桂芳 慧敏 文静")),
            Map.entry("mn_male", split("巴特尔 朝鲁 苏和 额尔敦 孟和 那顺 宝音 达赖 哈斯 毕力格 阿拉坦 乌力吉 "
                    + "特木尔 吉日嘎拉 巴图 图门 敖其尔 布和 呼和 恩克")),
            Map.entry("mn_female", split("其其格 萨仁 乌云 娜仁 托娅 高娃 斯琴 图雅 塔娜 乌兰 琪琪格 阿拉坦其其格 "
                    + "萨日娜 额尔登 吉雅")),
            Map.entry("place1", split("巴音 乌兰 阿拉 查干 哈达 宝日 那仁 额尔 图克 嘎鲁 苏力 乌审 呼和 锡林 "
                    + "赛罕 沙巴 敖包 陶利 纳林 毛乌 昌汉 伊和 巴彦 朝格 达拉 准格 杭锦 乌拉 希拉 布日")),
            Map.entry("place2", split("图 浩特 陶勒盖 召 希里 布拉格 淖尔 台 河 梁 塔拉 高勒 乌素 温都尔 "
                    + "哈日 诺尔 沟 湾 滩 敖包")),
            Map.entry("activity", split("普法宣讲进校园 家风家训分享会 暑期防溺水宣讲 红色故事会 移风易俗倡议 "
                    + "文化下乡演出 乡村振兴座谈 家长学校开课 关爱留守儿童走访 民族团结主题班会 交通安全课堂 "
                    + "禁毒知识讲座 读书分享会 清明祭英烈 国旗下讲话")),
            Map.entry("water", split("大河 小河 南淖尔 北淖尔 东湖 西湖 水库 坑塘 涝坝 海子 沙河 泉沟")),
            Map.entry("article", split("五老志愿者走进课堂 关工委开展暑期防溺水巡查 家风家训传承活动纪实 "
                    + "老党员讲述红色故事 关爱下一代工作经验交流 五老护河守护平安 家长学校开讲 "
                    + "普法宣传进村入户 移风易俗树新风 教育基地迎来小学生")),
            Map.entry("topic", split("学习党的二十大精神 关心下一代工作条例 五老队伍建设 未成年人保护法 "
                    + "防溺水安全知识 家庭教育促进法 乡村振兴政策解读 通讯员写作培训")));

    private Words() {
    }

    /** Replaces the words in the database. */
    static void store(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM generated_word");
        List<Object[]> rows = new ArrayList<>();
        ALL.forEach((kind, words) -> {
            for (int i = 0; i < words.size(); i++) {
                rows.add(new Object[]{kind, i, words.get(i)});
            }
        });
        jdbc.batchUpdate("INSERT INTO generated_word (kind, n, word) VALUES (?, ?, ?)", rows);
    }

    /** A scalar subquery picking the word of a kind by a number (any integer expression, spread by a prime). */
    static String pick(String kind, String number) {
        int count = ALL.get(kind).size();
        return "(SELECT word FROM generated_word WHERE kind = '" + kind + "' AND n = MOD(CAST((" + number + ") AS BIGINT) * 7919, "
                + count + "))";
    }

    private static List<String> split(String words) {
        return List.of(words.split(" "));
    }
}
