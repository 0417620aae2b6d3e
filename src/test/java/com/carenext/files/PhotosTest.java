package com.carenext.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carenext.activity.PhotoSamples;
import com.carenext.shared.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotosTest {

    @TempDir
    Path root;

    Photos photos() {
        return photos(1024 * 1024);
    }

    Photos photos(long maxBytes) {
        return new Photos(new FileStore(root, maxBytes, 40_000_000L, 2, 1000));
    }

    @Test
    void theSampleReallyCarriesAGpsExifBlockAndStillDecodes() throws Exception {
        byte[] sample = PhotoSamples.jpegWithGpsExif();
        assertThat(PhotoSamples.hasApp1(sample)).isTrue();
        assertThat(PhotoSamples.contains(sample, "Exif")).isTrue();
        assertThat(PhotoSamples.contains(sample, "GPS")).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(sample))).isNotNull();
    }

    @Test
    void theStoredPhotoHasNoExifAndNoLocation() throws Exception {
        Photos photos = photos();
        String name = photos.store(new ByteArrayInputStream(PhotoSamples.jpegWithGpsExif()));

        byte[] stored = photos.read(name, false).orElseThrow();
        assertThat(PhotoSamples.hasApp1(stored)).isFalse();
        assertThat(PhotoSamples.contains(stored, "Exif")).isFalse();
        assertThat(PhotoSamples.contains(stored, "GPS")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(640);
        byte[] thumbnail = photos.read(name, true).orElseThrow();
        assertThat(ImageIO.read(new ByteArrayInputStream(thumbnail)).getWidth()).isEqualTo(320);
        assertThat(PhotoSamples.contains(thumbnail, "GPS")).isFalse();
        try (Stream<Path> files = Files.list(root.resolve("photos"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(name + ".jpg", name + "-thumb.jpg");
        }
    }

    @Test
    void aScriptIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> photos().store(new ByteArrayInputStream(PhotoSamples.SCRIPT)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.type.photo");
        // JPEG magic bytes in front of garbage do not make an image either
        byte[] fake = new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'x', 'y', 'z', 0, 1, 2};
        assertThatThrownBy(() -> photos().store(new ByteArrayInputStream(fake)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.badImage");
        assertThat(root.resolve("photos")).doesNotExist();
    }

    @Test
    void tooLargeAndEmptyAreRefused() {
        assertThatThrownBy(() -> photos(100).store(new ByteArrayInputStream(PhotoSamples.jpeg())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.tooLarge");
        assertThatThrownBy(() -> photos().store(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("file.empty");
    }

    @Test
    void onlyGeneratedNamesAreRead() {
        assertThat(photos().read("../../etc/passwd", false)).isEmpty();
        assertThat(photos().read(null, true)).isEmpty();
    }
}
