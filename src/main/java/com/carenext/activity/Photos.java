package com.carenext.activity;

import com.carenext.shared.BusinessRuleException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photos of activities and hazards, stored outside the web root under generated names. Only JPEG and PNG are
 * taken, judged by their first bytes, never by the file name; every photo is decoded and written anew as JPEG,
 * which drops all metadata (EXIF with the GPS location among it), and gets a thumbnail for lists. Kept small so
 * that it can later join the other modules' file storage.
 */
@Component
public class Photos {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{32}");
    private static final long MAX_PIXELS = 40_000_000L;
    private static final int THUMBNAIL_WIDTH = 320;

    private final Path directory;
    private final long maxBytes;

    Photos(@Value("${carenext.files.dir:./data/files}") Path root,
           @Value("${carenext.photos.max-bytes:10485760}") long maxBytes) {
        this.directory = root.resolve("photos");
        this.maxBytes = maxBytes;
    }

    /** Checks, cleans and stores a photo; returns its generated name. */
    public String store(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new BusinessRuleException("photo.unreadable");
        }
        if (bytes.length == 0) {
            throw new BusinessRuleException("photo.empty");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessRuleException("photo.tooLarge", maxBytes / (1024 * 1024));
        }
        if (!isJpeg(bytes) && !isPng(bytes)) {
            throw new BusinessRuleException("photo.notAnImage");
        }
        BufferedImage image = decode(bytes);
        String name = UUID.randomUUID().toString().replace("-", "");
        try {
            Files.createDirectories(directory);
            write(flatten(image), directory.resolve(name + ".jpg"));
            write(thumbnail(image), directory.resolve(name + "-thumb.jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    /** The stored bytes of a photo (or its thumbnail), if the name is one of ours and the file exists. */
    public Optional<byte[]> read(String name, boolean thumbnail) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name + (thumbnail ? "-thumb.jpg" : ".jpg"));
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }

    static boolean isPng(byte[] b) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (b[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Decodes after checking the declared size, so a tiny file claiming a huge image cannot exhaust memory. */
    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new BusinessRuleException("photo.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new BusinessRuleException("photo.tooLarge", 0);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException rule) {
                throw rule;
            }
            throw new BusinessRuleException("photo.notAnImage");
        }
    }

    private static BufferedImage flatten(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage thumbnail(BufferedImage image) {
        int width = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, java.awt.Color.WHITE, null);
        g.dispose();
        return small;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "jpg", file.toFile())) {
            throw new IOException("no JPEG writer");
        }
    }
}
