package com.carenext.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A .docx in the layout of a Chinese official document (党政机关公文格式, GB/T 9704): A4, margins 37/35/28/26 mm,
 * title in 方正小标宋 (黑体 fallback) 22 pt centred, 文号 under it, body in 仿宋_GB2312 16 pt with a two-character
 * first-line indent, level-one headings in 黑体, level-two in 楷体, issuing body and date at the right.
 * Used for 通报, 证明, plans and summaries alike.
 */
public final class OfficialDocument implements AutoCloseable {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final int BODY_SIZE = 16;
    private static final int TWIPS_PER_MM = 57;

    private final XWPFDocument document = new XWPFDocument();

    public OfficialDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
        margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
        margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
        margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
    }

    public OfficialDocument title(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(200);
        run(paragraph, text, TITLE_FONT, 22, true);
        return this;
    }

    /** The document number (文号), e.g. 乌召关工发〔2023〕3号, centred under the title. */
    public OfficialDocument documentNumber(String text) {
        if (text != null && !text.isBlank()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingAfter(200);
            run(paragraph, text, BODY_FONT, BODY_SIZE, false);
        }
        return this;
    }

    /** The addressees (主送机关), flush left, ending with a full-width colon. */
    public OfficialDocument addressees(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        run(paragraph, text, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    public OfficialDocument paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setFirstLineIndent(2 * BODY_SIZE * 20);
        paragraph.setSpacingBetween(28, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        run(paragraph, text, BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** A level-one heading (一、…) in 黑体. */
    public OfficialDocument heading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setFirstLineIndent(2 * BODY_SIZE * 20);
        run(paragraph, text, HEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /** A level-two heading (（一）…) in 楷体. */
    public OfficialDocument subheading(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setFirstLineIndent(2 * BODY_SIZE * 20);
        run(paragraph, text, SUBHEADING_FONT, BODY_SIZE, false);
        return this;
    }

    /** A bordered table with a bold header row, in a smaller size so that it fits the page. */
    public OfficialDocument table(List<String> headers, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        fill(table.getRow(0), headers, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
        document.createParagraph();
        return this;
    }

    /** The issuing body and the date in Chinese (2023年4月5日), right-aligned, after a blank line. */
    public OfficialDocument signature(String issuer, LocalDate date) {
        document.createParagraph();
        XWPFParagraph who = document.createParagraph();
        who.setAlignment(ParagraphAlignment.RIGHT);
        who.setIndentationRight(4 * BODY_SIZE * 20);
        run(who, issuer, BODY_FONT, BODY_SIZE, false);
        XWPFParagraph when = document.createParagraph();
        when.setAlignment(ParagraphAlignment.RIGHT);
        when.setIndentationRight(4 * BODY_SIZE * 20);
        run(when, chineseDate(date), BODY_FONT, BODY_SIZE, false);
        return this;
    }

    /** An attachment heading (附件：…) on a new page. */
    public OfficialDocument attachment(String title) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setPageBreak(true);
        run(paragraph, "附件", HEADING_FONT, BODY_SIZE, false);
        XWPFParagraph heading = document.createParagraph();
        heading.setAlignment(ParagraphAlignment.CENTER);
        run(heading, title, TITLE_FONT, 18, true);
        return this;
    }

    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public void writeTo(OutputStream out) throws IOException {
        document.write(out);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean header) {
        for (int i = 0; i < values.size(); i++) {
            XWPFTableCell cell = row.getCell(i);
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, values.get(i) == null ? "" : values.get(i), header ? HEADING_FONT : BODY_FONT, 12, false);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
