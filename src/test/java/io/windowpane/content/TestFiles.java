package io.windowpane.content;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Real image and PDF files for upload tests, made in memory. */
final class TestFiles {

    /** A 1×1 lossy WebP (the well-known feature-detection sample). */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /** A one-page PDF. */
    static final byte[] PDF = """
            %PDF-1.4
            1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
            2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
            3 0 obj <</Type /Page /MediaBox [0 0 612 792] /Parent 2 0 R>> endobj
            trailer <</Root 1 0 R>>
            %%EOF
            """.getBytes(StandardCharsets.ISO_8859_1);

    private TestFiles() {
    }

    /** A JPEG photo-like image of the given size, its colour varying with {@code seed} (so its bytes differ). */
    static byte[] jpeg(int width, int height, int seed) {
        return encode(picture(width, height, seed, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    /** A PNG with a transparent background. */
    static byte[] transparentPng(int width, int height, int seed) {
        return encode(picture(width, height, seed, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** A PNG whose header claims {@code width}×{@code height} pixels (only the header: a decompression bomb's shape). */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = encode(picture(1, 1, 0, BufferedImage.TYPE_INT_RGB), "png");
        // the IHDR chunk's width and height are the big-endian ints at offsets 16 and 20
        writeInt(png, 16, width);
        writeInt(png, 20, height);
        return png;
    }

    private static BufferedImage picture(int width, int height, int seed, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Color.HSBtoRGB((seed % 360) / 360f, 0.6f, 0.9f)));
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(width / 3, height / 3, Math.max(1, width / 3), Math.max(1, height / 3));
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeInt(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}
