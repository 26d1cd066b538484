package io.windowpane.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an uploaded image into what the portal serves: checked by its content (magic bytes of JPEG, PNG or WebP,
 * then a full decode; the file name and the browser's content type are ignored), then re-encoded as a large
 * rendition for product pages and a thumbnail for catalog cards. Re-encoding also drops metadata such as GPS
 * positions and anything smuggled behind the image data.
 */
@Component
class ImageRenditions {

    static final int LARGE = 1200;
    static final int THUMBNAIL = 400;
    /** Larger images are refused before they are decoded (a small file can claim a huge canvas). */
    static final long MAX_PIXELS = 25_000_000L;

    enum Format {
        JPEG(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), PNG(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
        WEBP(new byte[] {'R', 'I', 'F', 'F'});

        private final byte[] magic;

        Format(byte[] magic) {
            this.magic = magic;
        }

        static Optional<Format> of(byte[] bytes) {
            for (Format format : values()) {
                if (bytes.length >= 12 && Arrays.equals(bytes, 0, format.magic.length, format.magic, 0, format.magic.length)
                        && (format != WEBP || new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP"))) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }
    }

    /** A rendition as stored: its bytes, content type and size in pixels. */
    record Rendition(byte[] bytes, String contentType, int width, int height) {
    }

    record Renditions(Rendition large, Rendition thumbnail) {
    }

    /** Why an upload is not an image the portal takes. */
    static final class NotAnImageException extends Exception {

        enum Reason {
            NOT_AN_IMAGE, TOO_MANY_PIXELS
        }

        private final Reason reason;

        NotAnImageException(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    Renditions of(byte[] upload) throws NotAnImageException {
        if (Format.of(upload).isEmpty()) {
            throw new NotAnImageException(NotAnImageException.Reason.NOT_AN_IMAGE);
        }
        BufferedImage image = decode(upload);
        boolean transparent = image.getColorModel().hasAlpha();
        return new Renditions(render(image, LARGE, transparent), render(image, THUMBNAIL, transparent));
    }

    private static BufferedImage decode(byte[] upload) throws NotAnImageException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new NotAnImageException(NotAnImageException.Reason.NOT_AN_IMAGE);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new NotAnImageException(NotAnImageException.Reason.TOO_MANY_PIXELS);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a truncated or forged file fails somewhere in the decoder; either way it is not an image
            throw new NotAnImageException(NotAnImageException.Reason.NOT_AN_IMAGE);
        }
    }

    private static Rendition render(BufferedImage image, int maxSide, boolean transparent) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BufferedImage scaled = Thumbnails.of(image).scale(scale).imageType(transparent ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB).asBufferedImage();
            ImageIO.write(scaled, transparent ? "png" : "jpg", out);
            return new Rendition(out.toByteArray(), transparent ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory does not fail", e);
        }
    }
}
