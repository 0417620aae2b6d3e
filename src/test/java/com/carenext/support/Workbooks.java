package com.carenext.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import com.carenext.shared.SpreadsheetReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Spreadsheets for import tests: honest ones, and hostile ones (zip bomb, external entities, not a zip at all). */
public final class Workbooks {

    private Workbooks() {
    }

    /** An .xlsx whose first sheet holds the rows as text cells (streamed: 10,000 rows in memory cost seconds). */
    public static byte[] xlsx(List<List<String>> rows) {
        return xlsx("Sheet1", rows);
    }

    public static byte[] xlsx(String sheetName, List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows the first sheet of an .xlsx has, read as a stream (as the application reads an import). */
    public static int rowCount(byte[] xlsx) {
        int[] rows = {0};
        SpreadsheetReader.read(new ByteArrayInputStream(xlsx), 0, Integer.MAX_VALUE, row -> rows[0]++);
        return rows[0];
    }

    /** A valid-looking .xlsx whose sheet inflates to {@code megabytes} of one repeated character. */
    public static byte[] zipBomb(int megabytes) {
        return replaceEntry(xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml", out -> {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < megabytes; i++) {
                out.write(chunk);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** An .xlsx whose sheet declares an external entity pointing at a local file and uses it in a cell. */
    public static byte[] externalEntity() {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>h</t></is></c></row>
                <row r="3"><c r="A3" t="inlineStr"><is><t>1</t></is></c><c r="B3" t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>""";
        return replaceEntry(xlsx(List.of(List.of("a"))), "xl/worksheets/sheet1.xml",
                out -> out.write(sheet.getBytes(StandardCharsets.UTF_8)));
    }

    public interface Writer {
        void write(ZipOutputStream out) throws IOException;
    }

    /** The same .xlsx with one part (e.g. {@code xl/worksheets/sheet1.xml}) written anew. */
    public static byte[] replaceEntry(byte[] xlsx, String name, Writer content) {
        // commons-compress reads the entries POI streams with data descriptors, which java.util.zip refuses
        try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
