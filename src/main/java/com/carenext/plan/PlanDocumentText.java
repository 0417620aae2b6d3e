package com.carenext.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Gets plain plan text out of an uploaded file: a .docx (paragraphs and table cells in document order) or a text
 * file in UTF-8 or GB18030/GBK.
 *
 * <p>Uploads are untrusted. A .docx is checked before POI opens it: the upload size, the number of zip entries,
 * the total inflated size and the inflation ratio are capped per call (a zip bomb is rejected after inflating at
 * most a few MB), without changing POI's JVM-wide {@code ZipSecureFile} settings, whose defaults (minimum inflate
 * ratio 0.01) stay in force as a second line. POI refuses XML parts that carry a DOCTYPE, so external entities are never
 * resolved. Every failure surfaces as one {@link PlanDocumentException} with a Chinese message.
 */
public final class PlanDocumentText {

    /** Largest upload accepted. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    /** Largest extracted text, in characters (a long plan is some 20,000). */
    static final int MAX_TEXT_CHARS = 2 * 1024 * 1024;
    /** Largest total size of the inflated zip entries. */
    static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;
    /** Inflation beyond this factor of the upload size is a zip bomb (Word XML deflates about 5 to 20 times). */
    static final long MAX_INFLATION_RATIO = 100;
    /** Below this inflated size the ratio is not checked (tiny files compress extremely well). */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 1000;

    private static final String NOT_WORD = "文件不是有效的 Word 文档（.docx），请检查后重新上传";
    private static final String OLD_WORD = "不支持旧版 Word（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再上传";
    private static final String TOO_LARGE = "文件过大，请上传 20 MB 以内的文件";
    private static final String TEXT_TOO_LONG = "文档文字过多（超过 2 MB），无法导入";
    private static final String SUSPICIOUS = "文件结构异常（解压后体积过大），已拒绝处理";
    private static final String UNREADABLE = "文件读取失败，请重新上传";
    private static final String NO_FILE = "未收到文件内容";

    private PlanDocumentText() {
    }

    /**
     * Extracts the text of a .docx, one line per paragraph; a table row becomes one line with its cells separated
     * by tabs. The stream is read but not closed.
     *
     * @throws PlanDocumentException when the input is not a readable, safe .docx
     */
    public static String fromDocx(InputStream in) {
        if (in == null) {
            throw new PlanDocumentException(NO_FILE);
        }
        byte[] bytes = readCapped(in);
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            throw new PlanDocumentException(OLD_WORD);
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw new PlanDocumentException(NOT_WORD);
        }
        checkZip(bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(element, out);
            }
            return out.toString();
        } catch (PlanDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI signals broken or foreign files with a variety of exceptions; to the user they are all one case
            throw new PlanDocumentException(NOT_WORD, e);
        }
    }

    /**
     * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK, what
     * Chinese editions of Windows save as "ANSI").
     *
     * @throws PlanDocumentException when the text is longer than the import limit
     */
    public static String fromText(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            text = strictUtf8(bytes);
            if (text == null) {
                text = new String(bytes, Charset.forName("GB18030"));
            }
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new PlanDocumentException(TEXT_TOO_LONG);
        }
        return text;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] readCapped(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (bytes.length > MAX_UPLOAD_BYTES) {
                throw new PlanDocumentException(TOO_LARGE);
            }
            return bytes;
        } catch (IOException e) {
            throw new PlanDocumentException(UNREADABLE, e);
        }
    }

    /** Inflates every entry once, counting bytes, and stops as soon as a limit is passed. */
    private static void checkZip(byte[] bytes) {
        long allowed = Math.min(MAX_INFLATED_BYTES, Math.max(RATIO_GRACE_BYTES, bytes.length * MAX_INFLATION_RATIO));
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new PlanDocumentException(SUSPICIOUS);
                }
                if (entry.getName().contains("..")) {
                    throw new PlanDocumentException(NOT_WORD);
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > allowed) {
                        throw new PlanDocumentException(SUSPICIOUS);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PlanDocumentException(NOT_WORD, e);
        }
        if (entries == 0) {
            throw new PlanDocumentException(NOT_WORD);
        }
    }

    private static void append(IBodyElement element, StringBuilder out) {
        if (element instanceof XWPFParagraph paragraph) {
            line(paragraph.getText(), out);
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                StringBuilder cells = new StringBuilder();
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder cellText = new StringBuilder();
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, cellText);
                    }
                    if (!cells.isEmpty()) {
                        cells.append('\t');
                    }
                    // a cell's own paragraphs stay on the row's line
                    cells.append(cellText.toString().strip().replace('\n', ' '));
                }
                line(cells.toString(), out);
            }
        }
    }

    private static void line(String text, StringBuilder out) {
        if (out.length() + text.length() + 1 > MAX_TEXT_CHARS) {
            throw new PlanDocumentException(TEXT_TOO_LONG);
        }
        out.append(text).append('\n');
    }
}
