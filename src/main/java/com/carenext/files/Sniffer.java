package com.carenext.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The one rule set that says what a file is, from its bytes alone. Office files are OOXML zips that carry
 * {@code [Content_Types].xml} and the part of their kind (read from the zip's directory, nothing is inflated), or
 * OLE compound files. Image kinds are only candidates here: the image is decoded before it is accepted.
 */
final class Sniffer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    Optional<FileKind> kind(byte[] bytes, String originalName) {
        if (starts(bytes, JPEG)) {
            return Optional.of(FileKind.JPEG);
        }
        if (starts(bytes, PNG)) {
            return Optional.of(FileKind.PNG);
        }
        if (starts(bytes, GIF87) || starts(bytes, GIF89)) {
            return Optional.of(FileKind.GIF);
        }
        if (starts(bytes, PDF)) {
            return Optional.of(FileKind.PDF);
        }
        if (starts(bytes, ZIP)) {
            return office(bytes);
        }
        if (starts(bytes, OLE)) {
            String lower = originalName == null ? "" : originalName.toLowerCase(java.util.Locale.ROOT);
            return Optional.of(lower.endsWith(".xls") ? FileKind.XLS : lower.endsWith(".ppt") ? FileKind.PPT
                    : FileKind.DOC);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> office(byte[] bytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile("carenext-sniff", ".zip");
            Files.write(temp, bytes);
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                if (zip.getEntry("[Content_Types].xml") == null) {
                    return Optional.empty();
                }
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(FileKind.DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(FileKind.XLSX);
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    return Optional.of(FileKind.PPTX);
                }
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
