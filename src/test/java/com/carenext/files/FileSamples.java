package com.carenext.files;

import com.carenext.activity.PhotoSamples;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** The upload matrix's samples: good files of each accepted kind and the hostile ones the probe sent. */
public enum FileSamples {
    JPEG_WITH_GPS("现场.jpg", "image/jpeg"),
    PNG("截图.png", "image/png"),
    PDF("议程.pdf", "application/pdf"),
    DOCX("总结.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("名单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    HTML_AS_JPEG("照片.jpg", "image/jpeg"),
    PHP_WITH_GIF_HEADER("头像.gif", "image/gif"),
    HUGE_PIXEL_PNG("炸弹.png", "image/png"),
    EMPTY("空.pdf", "application/pdf"),
    TOO_BIG("大.pdf", "application/pdf");

    public final String fileName;
    public final String declaredType;
    private byte[] bytes;

    FileSamples(String fileName, String declaredType) {
        this.fileName = fileName;
        this.declaredType = declaredType;
    }

    public boolean isImage() {
        return this == JPEG_WITH_GPS || this == PNG;
    }

    public boolean isGood() {
        return ordinal() <= XLSX.ordinal();
    }

    /** The sample's bytes; TOO_BIG is one byte over {@code maxBytes}. */
    public synchronized byte[] bytes(long maxBytes) {
        if (this == TOO_BIG) {
            byte[] big = new byte[(int) maxBytes + 1];
            System.arraycopy(pdf(), 0, big, 0, pdf().length);
            return big;
        }
        if (bytes == null) {
            bytes = make();
        }
        return bytes;
    }

    private byte[] make() {
        return switch (this) {
            case JPEG_WITH_GPS -> PhotoSamples.jpegWithGpsExif();
            case PNG -> png(new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB));
            case PDF -> pdf();
            case DOCX -> zip("word/document.xml");
            case XLSX -> zip("xl/workbook.xml");
            case HTML_AS_JPEG -> concat(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                    "<html><body><script>alert(document.cookie)</script></body></html>");
            case PHP_WITH_GIF_HEADER -> concat("GIF89a".getBytes(StandardCharsets.US_ASCII),
                    "<?php system($_GET['c']); ?>");
            case HUGE_PIXEL_PNG -> png(new BufferedImage(6400, 6400, BufferedImage.TYPE_BYTE_BINARY));
            case EMPTY -> new byte[0];
            case TOO_BIG -> throw new IllegalStateException();
        };
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : new String[]{"[Content_Types].xml", part}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] head, String tail) {
        byte[] rest = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        return all;
    }
}
