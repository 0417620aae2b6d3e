package com.carenext.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.activity.PhotoSamples;
import com.carenext.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

/** The store on its own: every use against every sample, without Spring. */
class FileStoreTest {

    static final long MAX_BYTES = 1024 * 1024;

    @TempDir
    Path root;

    FileStore store() {
        return new FileStore(root, MAX_BYTES, 40_000_000L, 2, 1000);
    }

    /** The message key a use gives a sample, or null when the sample is stored. */
    static String expected(FileUse use, FileSamples sample) {
        return switch (sample) {
            case JPEG_WITH_GPS, PNG -> null;
            case PDF, DOCX, XLSX -> use == FileUse.PHOTO ? "file.type.photo" : null;
            // a script behind image bytes fails to decode, or its "header" claims an absurd size: refused either way
            case HTML_AS_JPEG, PHP_WITH_GIF_HEADER -> "(file.badImage|file.tooManyPixels)";
            case HUGE_PIXEL_PNG -> "file.tooManyPixels";
            case EMPTY -> "file.empty";
            case TOO_BIG -> "file.tooLarge";
        };
    }

    @Test
    void everyUseTakesItsKindsAndRefusesTheRestWritingNothing() throws Exception {
        for (FileUse use : FileUse.values()) {
            for (FileSamples sample : FileSamples.values()) {
                String key = expected(use, sample);
                byte[] bytes = sample.bytes(MAX_BYTES);
                if (key != null) {
                    assertThatThrownBy(() -> store().store(use, sample.fileName, new ByteArrayInputStream(bytes)))
                            .as(use + " × " + sample).isInstanceOf(BusinessRuleException.class)
                            .hasMessageMatching(key + ".*");
                    continue;
                }
                StoredFile stored = store().store(use, sample.fileName, new ByteArrayInputStream(bytes));
                byte[] kept = store().read(use, stored.storedName(), false).orElseThrow();
                if (sample.isImage()) {
                    assertThat(PhotoSamples.contains(kept, "GPS")).as(use + " × " + sample).isFalse();
                    assertThat(PhotoSamples.contains(kept, "Exif")).as(use + " × " + sample).isFalse();
                    assertThat(ImageIO.read(new ByteArrayInputStream(kept))).isNotNull();
                } else {
                    assertThat(kept).isEqualTo(bytes);
                    assertThat(stored.contentType()).isEqualTo(sample.declaredType);
                }
            }
        }
        // only the accepted files are on disk: nothing half-saved of a refused one
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2 * 2 + (FileUse.values().length - 1) * 5);
        }
    }

    @Test
    void thePixelLimitIsSaidCorrectlyAndCheckedBeforeDecoding() {
        assertThatThrownBy(() -> store().store(FileUse.PHOTO, "炸弹.png",
                new ByteArrayInputStream(FileSamples.HUGE_PIXEL_PNG.bytes(MAX_BYTES))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.arguments()).containsExactly("炸弹.png", "4000"));
    }

    @Test
    void aBatchWithOneBadFileStoresNone() {
        List<org.springframework.web.multipart.MultipartFile> batch = List.of(
                new MockMultipartFile("files", "议程.pdf", "application/pdf", FileSamples.PDF.bytes(MAX_BYTES)),
                new MockMultipartFile("files", "头像.gif", "image/gif",
                        FileSamples.PHP_WITH_GIF_HEADER.bytes(MAX_BYTES)));
        assertThatThrownBy(() -> store().storeAll(FileUse.ARTICLE_ATTACHMENT, batch))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(root.resolve("publicity")).doesNotExist();
    }

    @Test
    void namesAreGeneratedAndOnlyOursAreRead() {
        StoredFile stored = store().store(FileUse.PLAN_ATTACHMENT, "../../etc/议程.pdf",
                new ByteArrayInputStream(FileSamples.PDF.bytes(MAX_BYTES)));
        assertThat(stored.originalName()).isEqualTo("议程.pdf");
        assertThat(stored.storedName()).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(store().read(FileUse.PLAN_ATTACHMENT, "../../etc/passwd", false)).isEmpty();
        assertThat(store().read(FileUse.PHOTO, stored.storedName(), false)).isEmpty();
    }

    @Test
    void aZipWithoutOfficePartsIsNotAnOfficeFile() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("index.php"));
            zip.write("<?php ?>".getBytes());
            zip.closeEntry();
        }
        assertThatThrownBy(() -> store().store(FileUse.PLAN_ATTACHMENT, "总结.docx",
                new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(BusinessRuleException.class).hasMessageStartingWith("file.type.attachment");
    }
}
