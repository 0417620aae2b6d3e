package com.carenext.bench;

import com.carenext.shared.SpreadsheetWriter;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * POI SXSSF (the writer CareNext used before) against fastexcel (today's {@link SpreadsheetWriter}) on a 五老-like
 * sheet of 17 columns with Chinese text: time to the first byte, total time, file size and peak RSS, each run in its
 * own JVM under {@code -Xmx256m} (peak RSS is the child's VmHWM). Prints figures; asserts nothing about time.
 * Run: {@code mvn -o test -Pbench -Dtest=SpreadsheetWriterBenchmark} ({@code -Dbench.sizes=100000,1000000}).
 */
@Benchmark
class SpreadsheetWriterBenchmark {

    private static final String[] HEADERS = {"序号", "姓名", "性别", "民族", "出生日期", "联系电话", "身份证号", "所在组织",
            "党员", "原职务", "类别", "十大员", "特长", "适合巡河", "健康状况", "加入日期", "状态"};

    @Test
    void sxssfAgainstFastexcel() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String size : System.getProperty("bench.sizes", "100000,1000000").split(",")) {
            for (String writer : new String[]{"sxssf", "fastexcel"}) {
                lines.add(child(writer, Integer.parseInt(size.strip())));
            }
        }
        System.out.printf("%n[bench] .xlsx writers, 17 columns, -Xmx256m, one JVM per run%n");
        System.out.printf("[bench] %-10s %10s %12s %10s %10s %12s%n", "writer", "rows", "first byte", "total",
                "file", "peak RSS");
        lines.forEach(line -> System.out.println("[bench] " + line));
    }

    private static String child(String writer, int rows) throws Exception {
        Path file = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "bench", ".xlsx");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                    "-cp", System.getProperty("java.class.path"), SpreadsheetWriterBenchmark.class.getName(),
                    writer, String.valueOf(rows), file.toString()).redirectErrorStream(true).start();
            String last = "";
            try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    last = line;
                }
            }
            return process.waitFor() == 0 ? last : writer + " " + rows + " failed: " + last;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** One run: {@code writer rows file}; prints one line of figures. */
    public static void main(String[] args) throws Exception {
        String writer = args[0];
        int rows = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        try (var out = new FirstByte(Files.newOutputStream(Path.of(args[2])))) {
            if (writer.equals("sxssf")) {
                sxssf(rows, out);
            } else {
                try (var sheet = new SpreadsheetWriter(out, "五老名册", "乌审召镇五老名册", List.of(HEADERS),
                        new int[]{6, 10, 6, 8, 12, 14, 22, 22, 8, 20, 20, 30, 20, 10, 20, 12, 8})) {
                    for (int i = 0; i < rows; i++) {
                        sheet.row(row(i));
                    }
                }
            }
            long total = System.nanoTime() - started;
            System.out.printf("%-10s %,10d %10.2f s %8.2f s %7.1f MB %9d MiB%n", writer, rows,
                    (out.first - started) / 1e9, total / 1e9, Files.size(Path.of(args[2])) / 1e6, peakRssMiB());
        }
    }

    private static Object[] row(int i) {
        return new Object[]{i + 1, "巴特尔" + i, i % 2 == 0 ? "男" : "女", "蒙古族", "1950-03-0" + (1 + i % 9),
                "138****" + String.format("%04d", i % 10000), "150626********" + String.format("%04d", i % 10000),
                "乌审召镇第" + (i % 30) + "嘎查关工委", i % 3 == 0 ? "是" : "否", "退休教师", "老教师、老干部",
                "政策宣讲员、法治宣传员", "蒙古语宣讲", "是", "良好", "2020-03-01", "在册"};
    }

    /** The writer CareNext used before: POI SXSSF, 200 rows in memory, temporary files, zipped at the end. */
    private static void sxssf(int rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("五老名册");
            CellStyle body = workbook.createCellStyle();
            body.setBorderTop(BorderStyle.THIN);
            body.setBorderBottom(BorderStyle.THIN);
            body.setBorderLeft(BorderStyle.THIN);
            body.setBorderRight(BorderStyle.THIN);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(body);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            sheet.createRow(0).createCell(0).setCellValue("乌审召镇五老名册");
            var head = sheet.createRow(1);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, 14 * 256);
            }
            sheet.createFreezePane(0, 2);
            for (int i = 0; i < rows; i++) {
                var row = sheet.createRow(i + 2);
                Object[] values = row(i);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(values[c].toString());
                    }
                    cell.setCellStyle(body);
                }
            }
            workbook.write(out);
        }
    }

    private static long peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** Remembers when the first byte was written. */
    private static final class FirstByte extends FilterOutputStream {
        long first;

        FirstByte(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            mark();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            mark();
            out.write(b, off, len);
        }

        private void mark() {
            if (first == 0) {
                first = System.nanoTime();
            }
        }
    }
}
