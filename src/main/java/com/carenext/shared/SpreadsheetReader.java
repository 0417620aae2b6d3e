package com.carenext.shared;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an uploaded .xlsx row by row (SAX, so a large sheet never sits in memory as cells) and
 * refuses hostile files cleanly: not a zip, zip bombs (POI's inflate-ratio and entry-size guards), external
 * entities (POI's hardened XML reader), too many rows, and cells that would run as formulas when exported again.
 */
public final class SpreadsheetReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    private static final Pattern NUMERIC_LIKE = Pattern.compile("^[+\\-]?[0-9 .\\-()]+$");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private SpreadsheetReader() {
    }

    /** One data row: its 1-based number as Excel shows it, and its cells as text (blank cells are ""). */
    public record Row(int number, List<String> cells) {

        public String text(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Streams the data rows (after {@code headerRows}) of the first sheet to {@code consumer}.
     *
     * @throws BusinessRuleException {@code import.invalidFile}, {@code import.tooManyRows} or
     *                               {@code import.formulaCell}, with a message for the person who uploaded it
     */
    public static void read(InputStream input, int headerRows, int maxRows, Consumer<Row> consumer) {
        InputStream in = input.markSupported() ? input : new java.io.BufferedInputStream(input);
        try {
            in.mark(4);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (!java.util.Arrays.equals(magic, ZIP_MAGIC)) {
                throw new BusinessRuleException("import.invalidFile");
            }
            try (OPCPackage pkg = OPCPackage.open(in)) {
                XSSFReader reader = new XSSFReader(pkg);
                StylesTable styles = reader.getStylesTable();
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new BusinessRuleException("import.invalidFile");
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new RowCollector(headerRows, maxRows, consumer), new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof BusinessRuleException rule) {
                    throw rule;
                }
                cause = cause.getCause();
            }
            throw new BusinessRuleException("import.invalidFile");
        }
    }

    /** Parses the date forms Chinese offices type into cells: 2023-04-05, 2023/4/5, 2023.4.5, 2023年4月5日. */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$").matcher(text.strip());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new DateTimeException("bad date " + text, e);
            }
        }
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern("M/d/yy"));
        } catch (DateTimeParseException e) {
            throw new DateTimeException("bad date " + text, e);
        }
    }

    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final int headerRows;
        private final int maxRows;
        private final Consumer<Row> consumer;
        private List<String> cells;
        private int dataRows;

        RowCollector(int headerRows, int maxRows, Consumer<Row> consumer) {
            this.headerRows = headerRows;
            this.maxRows = maxRows;
            this.consumer = consumer;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum < headerRows) {
                return;
            }
            Row row = new Row(rowNum + 1, List.copyOf(cells));
            if (row.isBlank()) {
                return;
            }
            if (++dataRows > maxRows) {
                throw new BusinessRuleException("import.tooManyRows", maxRows);
            }
            consumer.accept(row);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            String text = value == null ? "" : value;
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !NUMERIC_LIKE.matcher(text).matches()) {
                throw new BusinessRuleException("import.formulaCell", reference);
            }
            cells.add(text);
        }
    }
}
