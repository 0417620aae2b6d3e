package com.carenext.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The streamed .xlsx opens in POI as an office expects it: title, bold Chinese headers, widths, text stays text. */
class SpreadsheetWriterTests {

    @Test
    void writesTitleHeadersWidthsAndRowsAcrossSeveralFlushes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = SpreadsheetWriter.FLUSH_EVERY * 3 + 7;
        try (var sheet = new SpreadsheetWriter(out, "五老名册", "乌审召镇五老名册", List.of("姓名", "年龄", "备注"),
                new int[]{10, 6})) {
            for (int i = 0; i < rows; i++) {
                sheet.row("张" + i, 60 + i % 20, i == 5 ? "=HYPERLINK(\"http://evil\",\"点我\")" : null);
            }
            assertThat(sheet.rows()).isEqualTo(rows);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("五老名册");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("乌审召镇五老名册");
            assertThat(sheet.getMergedRegion(0).getLastColumn()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(0)).isBetween(10 * 256 - 256, 10 * 256 + 256);
            assertThat(sheet.getColumnWidth(2)).isBetween(14 * 256 - 256, 14 * 256 + 256);
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows + 1);
            var formulaLike = sheet.getRow(2 + 5).getCell(2);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).startsWith("=HYPERLINK");
            var age = sheet.getRow(2 + rows - 1).getCell(1);
            assertThat(age.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(age.getNumericCellValue()).isEqualTo(60 + (rows - 1) % 20);
            assertThat(sheet.getRow(2 + rows - 1).getCell(0).getStringCellValue()).isEqualTo("张" + (rows - 1));
            assertThat(sheet.getRow(2 + rows - 1).getCell(0).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        }
    }
}
