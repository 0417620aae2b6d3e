package com.carenext.activity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Test images: a plain JPEG, the same with a hand-built EXIF block holding a GPS position, and a disguised script. */
public final class PhotoSamples {

    public static final String GPS_TEXT = "GPS 39.1N 109.2E";
    public static final byte[] SCRIPT = "#!/bin/sh\nrm -rf /\n<?php system($_GET['c']); ?>\n"
            .getBytes(StandardCharsets.UTF_8);

    private PhotoSamples() {
    }

    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 110, 180));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.YELLOW);
        g.fillOval(200, 120, 240, 240);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG whose APP1 segment (after the JFIF APP0) is EXIF with an ImageDescription and a GPS IFD
     * (GPSLatitudeRef = N), as a phone camera writes it.
     */
    public static byte[] jpegWithGpsExif() {
        byte[] plain = jpeg();
        byte[] description = (GPS_TEXT + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(56 + description.length); // big-endian by default ("MM")
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8: two entries
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(56); // ImageDescription
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPSInfo IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) 1); // GPS IFD at 38: one entry
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(description);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int app0End = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff)); // SOI, then APP0 with its length
        out.write(plain, 0, app0End);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.writeBytes(header);
        out.writeBytes(tiff.array());
        out.write(plain, app0End, plain.length - app0End);
        return out.toByteArray();
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** Whether a JPEG has an APP1 segment (EXIF or XMP) before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return false;
    }
}
