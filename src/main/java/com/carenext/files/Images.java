package com.carenext.files;

import com.carenext.shared.BusinessRuleException;
import com.carenext.shared.BusyException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes and re-encodes images. The header is read first and an image over the pixel limit is refused before any
 * pixel is decoded; decodes run at most {@code permits} at a time (others wait a little, then are told the system
 * is busy). Writing the pixels anew keeps nothing of the original file: no EXIF, no GPS, no appended payload.
 */
final class Images {

    private final long maxPixels;
    private final Semaphore decodes;
    private final long waitMillis;

    Images(long maxPixels, int permits, long waitMillis) {
        this.maxPixels = maxPixels;
        this.decodes = new Semaphore(Math.max(1, permits), true);
        this.waitMillis = waitMillis;
    }

    long maxPixels() {
        return maxPixels;
    }

    /** The decoded image, refused when it is not one or has more pixels than allowed. */
    BufferedImage decode(byte[] bytes, String name) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new BusinessRuleException("file.badImage", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
                    throw new BusinessRuleException("file.tooManyPixels", name, String.valueOf(maxPixels / 10_000));
                }
                return readBounded(reader);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessRuleException || e instanceof BusyException) {
                throw (RuntimeException) e;
            }
            throw new BusinessRuleException("file.badImage", name);
        }
    }

    private BufferedImage readBounded(ImageReader reader) throws IOException {
        boolean acquired;
        try {
            acquired = decodes.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new BusyException("image decoding is at capacity");
        }
        try {
            return reader.read(0);
        } finally {
            decodes.release();
        }
    }

    /** The image as a JPEG on white, at most {@code width} wide (0: as it is). */
    byte[] jpeg(BufferedImage image, int width) {
        int w = width <= 0 ? image.getWidth() : Math.min(width, image.getWidth());
        int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / image.getWidth()));
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, Color.WHITE, null);
        g.dispose();
        return write(rgb, "jpg");
    }

    /** The image as a PNG (keeps transparency). */
    byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
