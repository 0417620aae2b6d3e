package com.carenext.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanDocumentTextTest {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final PlanTextParser parser = new PlanTextParser();

    @Test
    void docxOfTheSeedParsesLikeTheSeedText() throws IOException {
        String seed = PlanTextParserTest.fixture("seed-wushenzhao-2023.txt");
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : seed.split("\n", -1)) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            docx = out.toByteArray();
        }

        String text = PlanDocumentText.fromDocx(new ByteArrayInputStream(docx));

        assertThat(text).contains("乌审召镇2023年关心下一代工作计划", "主    任：宝音图（党委副书记）");
        ParsedPlan fromDocx = parser.parse(text);
        assertThat(fromDocx).isEqualTo(parser.parse(seed));
        assertThat(fromDocx.sections()).hasSize(5);
        assertThat(fromDocx.roster()).hasSize(10);
    }

    @Test
    void tableCellsAreExtractedInDocumentOrder() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("一、表格前");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("主任");
            table.getRow(0).getCell(1).setText("宝音图");
            table.getRow(1).getCell(0).setText("成员");
            table.getRow(1).getCell(1).setText("李林");
            document.createParagraph().createRun().setText("二、表格后");
            document.write(out);
            docx = out.toByteArray();
        }

        assertThat(PlanDocumentText.fromDocx(new ByteArrayInputStream(docx)))
                .isEqualTo("一、表格前\n主任\t宝音图\n成员\t李林\n二、表格后\n");
    }

    @Test
    void rosterKeptAsAWordTableIsRead() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("一、健全组织");
            document.createParagraph().createRun().setText("调整镇关工委组成人员。");
            document.createParagraph().createRun().setText("附件：");
            document.createParagraph().createRun().setText("乌审召镇关工委组成成员");
            String[][] rows = {{"职务", "姓名", "单位职务"}, {"主    任", "宝音图", "党委副书记"},
                    {"副主任", "郝和平", "“五老”人员"}, {"成员", "李林", "查汗淖学校校长"}};
            XWPFTable table = document.createTable(rows.length, 3);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            document.write(out);
            docx = out.toByteArray();
        }

        ParsedPlan plan = parser.parse(PlanDocumentText.fromDocx(new ByteArrayInputStream(docx)));

        assertThat(plan.roster()).containsExactly(
                new ParsedRosterEntry("DIRECTOR", "宝音图", "党委副书记"),
                new ParsedRosterEntry("DEPUTY_DIRECTOR", "郝和平", "“五老”人员"),
                new ParsedRosterEntry("MEMBER", "李林", "查汗淖学校校长"));
        assertThat(plan.sections().get(0).tasks()).containsExactly(new ParsedTask("", "调整镇关工委组成人员。", List.of()));
    }

    @Test
    void zipBombIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> PlanDocumentText.fromDocx(new ByteArrayInputStream(bomb)))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("文件结构异常");
    }

    @Test
    void nonZipFileNamedDocxIsRejected(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("计划.docx");
        Files.writeString(fake, "这不是 Word 文档，只是改了扩展名的文本文件。");
        try (InputStream in = Files.newInputStream(fake)) {
            assertThatThrownBy(() -> PlanDocumentText.fromDocx(in))
                    .isInstanceOf(PlanDocumentException.class)
                    .hasMessage("文件不是有效的 Word 文档（.docx），请检查后重新上传");
        }
    }

    @Test
    void emptyNullAndTruncatedInputsAreRejected() throws IOException {
        assertThatThrownBy(() -> PlanDocumentText.fromDocx(null)).isInstanceOf(PlanDocumentException.class);
        assertThatThrownBy(() -> PlanDocumentText.fromDocx(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(PlanDocumentException.class);
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("一、学习");
            document.write(out);
            docx = out.toByteArray();
        }
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> PlanDocumentText.fromDocx(new ByteArrayInputStream(truncated)))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("Word");
    }

    @Test
    void zipThatIsNotAWordDocumentIsRejected() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PlanDocumentText.fromDocx(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining("不是有效的 Word 文档");
    }

    @Test
    void oldBinaryWordFileGetsItsOwnMessage() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> PlanDocumentText.fromDocx(new ByteArrayInputStream(ole2)))
                .isInstanceOf(PlanDocumentException.class)
                .hasMessageContaining(".doc");
    }

    @Test
    void externalEntityIsNotResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        String body = "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>计划%s</w:t></w:r></w:p></w:body></w:document>";
        String hostile = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>" + body.formatted("&xxe;");
        String harmless = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body.formatted("");

        // the hand-made package itself is a readable document: only the DOCTYPE makes the difference
        assertThat(PlanDocumentText.fromDocx(new ByteArrayInputStream(minimalDocx(harmless)))).isEqualTo("计划\n");

        Throwable thrown = catchThrowable(() -> {
            String text = PlanDocumentText.fromDocx(new ByteArrayInputStream(minimalDocx(hostile)));
            assertThat(text).doesNotContain("TOP-SECRET-MARKER");
        });
        // POI 5.5 refuses any DOCTYPE; should that ever change, the entity must still not be resolved
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(PlanDocumentException.class);
            assertThat(thrown.getMessage()).doesNotContain("TOP-SECRET-MARKER");
        }
    }

    private static byte[] minimalDocx(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            put(zip, "_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            put(zip, "word/document.xml", documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void textInUtf8WithAndWithoutBom() {
        String plan = "一、抓学习\n每月学习一次。";
        byte[] utf8 = plan.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(PlanDocumentText.fromText(utf8)).isEqualTo(plan);
        assertThat(PlanDocumentText.fromText(withBom)).isEqualTo(plan);
        assertThat(PlanDocumentText.fromText(null)).isEmpty();
    }

    @Test
    void gb18030TextIsDecoded() {
        String seed = PlanTextParserTest.fixture("seed-wushenzhao-2023.txt");
        byte[] gbk = seed.getBytes(Charset.forName("GB18030"));

        String decoded = PlanDocumentText.fromText(gbk);

        assertThat(decoded).isEqualTo(seed);
        assertThat(parser.parse(decoded).title()).isEqualTo("乌审召镇2023年关心下一代工作计划");
    }

    @Test
    void overlongTextIsRejected() {
        byte[] big = "关".repeat(PlanDocumentText.MAX_TEXT_CHARS + 1).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PlanDocumentText.fromText(big)).isInstanceOf(PlanDocumentException.class);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
