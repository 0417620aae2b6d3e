package com.carenext.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an .xlsx the way an office expects it (a title row, bold bordered headers, sensible widths) while
 * streaming: only a window of rows is kept in memory, so exports of any size run in constant memory. Values are
 * always written as text or numbers, never as formulas.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle bodyStyle;
    private final int columns;
    private int nextRow;

    public SpreadsheetWriter(String sheetName, String title, List<String> headers, int[] widthsInChars) {
        this.sheet = workbook.createSheet(sheetName);
        this.columns = headers.size();
        CellStyle titleStyle = workbook.createCellStyle();
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        titleFont.setFontName("黑体");
        titleStyle.setFont(titleFont);
        titleStyle.setAlignment(HorizontalAlignment.CENTER);
        CellStyle headerStyle = bordered();
        Font headerFont = workbook.createFont();
        headerFont.setBold(true);
        headerStyle.setFont(headerFont);
        headerStyle.setAlignment(HorizontalAlignment.CENTER);
        bodyStyle = bordered();
        if (title != null) {
            Cell cell = sheet.createRow(nextRow).createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(titleStyle);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns - 1));
            }
            nextRow++;
        }
        var header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, widthsInChars.length > i ? widthsInChars[i] : 14) * 256);
        }
        sheet.createFreezePane(0, nextRow);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Adds a data row; {@link Number} values become numeric cells, everything else text. */
    public void row(Object... values) {
        var row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns; i++) {
            Cell cell = row.createCell(i);
            Object value = i < values.length ? values[i] : null;
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
            cell.setCellStyle(bodyStyle);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
