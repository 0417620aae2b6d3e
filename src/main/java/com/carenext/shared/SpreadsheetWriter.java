package com.carenext.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an .xlsx the way an office expects it (a title row, bold bordered headers, sensible widths) straight to
 * the given stream while rows arrive: rows are flushed every {@value #FLUSH_EVERY} rows and body texts are inline
 * strings (no shared-string table), so exports of any size run in constant memory and the first bytes leave at
 * once. Values are always written as text or numbers, never as formulas: a text such as {@code =HYPERLINK(..)}
 * stays text. Measured against POI SXSSF in {@code SpreadsheetWriterBenchmark} (docs/performance.md, "Exports").
 * {@link #close()} finishes the file.
 */
public final class SpreadsheetWriter implements AutoCloseable {

    static final int FLUSH_EVERY = 256;

    private final Workbook workbook;
    private final Worksheet sheet;
    private final int columns;
    private final LongConsumer progress;
    private int nextRow;
    private long rows;

    public SpreadsheetWriter(OutputStream out, String sheetName, String title, List<String> headers,
                             int[] widthsInChars) {
        this(out, sheetName, title, headers, widthsInChars, rows -> { });
    }

    /** As above; {@code progress} hears the number of data rows written at every flush and at the end. */
    public SpreadsheetWriter(OutputStream out, String sheetName, String title, List<String> headers,
                             int[] widthsInChars, LongConsumer progress) {
        this.progress = progress;
        this.workbook = new Workbook(out, "CareNext", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        this.columns = headers.size();
        for (int i = 0; i < columns; i++) {
            sheet.width(i, Math.min(255, widthsInChars.length > i ? widthsInChars[i] : 14));
        }
        if (title != null) {
            sheet.value(nextRow, 0, title);
            sheet.style(nextRow, 0).bold().fontSize(16).fontName("黑体").horizontalAlignment("center").set();
            if (columns > 1) {
                sheet.range(nextRow, 0, nextRow, columns - 1).merge();
            }
            nextRow++;
        }
        for (int i = 0; i < columns; i++) {
            sheet.value(nextRow, i, headers.get(i));
        }
        sheet.range(nextRow, 0, nextRow, Math.max(0, columns - 1)).style().bold().horizontalAlignment("center")
                .borderStyle("thin").set();
        nextRow++;
        sheet.freezePane(0, nextRow);
    }

    /** Adds a data row; {@link Number} values become numeric cells, everything else text. */
    public void row(Object... values) {
        for (int i = 0; i < columns; i++) {
            Object value = i < values.length ? values[i] : null;
            if (value instanceof Number number) {
                sheet.value(nextRow, i, number);
            } else {
                sheet.inlineString(nextRow, i, value == null ? "" : value.toString());
            }
        }
        sheet.range(nextRow, 0, nextRow, Math.max(0, columns - 1)).style().borderStyle("thin").set();
        nextRow++;
        if (++rows % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
                progress.accept(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Data rows written so far. */
    public long rows() {
        return rows;
    }

    /** Finishes the file (the stream itself stays open). */
    @Override
    public void close() {
        try {
            workbook.finish();
            progress.accept(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
