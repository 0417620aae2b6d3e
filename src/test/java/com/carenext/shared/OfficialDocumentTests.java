package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

class OfficialDocumentTests {

    @Test
    void writesAnA4DocumentWithOfficialFontsTitleNumberTableAndSignature() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OfficialDocument document = new OfficialDocument()) {
            document.title("关于2023年3月关工宣传信息的通报").documentNumber("乌召关工发〔2023〕3号")
                    .addressees("各嘎查（村）、社区：").paragraph("现将3月份宣传稿件情况通报如下。")
                    .heading("一、总体情况").table(List.of("名次", "组织", "得分"), List.of(List.of("1", "巴嘎淖尔村", "12")))
                    .signature("乌审召镇关工委", LocalDate.of(2023, 4, 5));
            document.writeTo(out);
        }
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> texts = read.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("关于2023年3月关工宣传信息的通报", "乌召关工发〔2023〕3号", "2023年4月5日");
            assertThat(read.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("巴嘎淖尔村");
            assertThat(read.getParagraphs().get(0).getRuns().get(0).getFontSize()).isEqualTo(22);
            assertThat(read.getParagraphs().get(3).getRuns().get(0).getFontFamily(
                    org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
            assertThat(read.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
    }
}
