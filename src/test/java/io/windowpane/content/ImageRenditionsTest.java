package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.windowpane.content.ImageRenditions.NotAnImageException;
import io.windowpane.content.ImageRenditions.Renditions;

/** Uploads are judged by their content: real JPEG, PNG and WebP images are rendered, anything else refused. */
class ImageRenditionsTest {

    private final ImageRenditions renditions = new ImageRenditions();

    @Test
    void aLargeJpegBecomesA1200PixelRenditionAndA400PixelThumbnail() throws Exception {
        Renditions rendered = renditions.of(TestFiles.jpeg(3000, 2000, 1));

        assertThat(rendered.large().contentType()).isEqualTo("image/jpeg");
        assertThat(decode(rendered.large().bytes())).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(1200, 800);
        assertThat(decode(rendered.thumbnail().bytes())).extracting(BufferedImage::getWidth, BufferedImage::getHeight)
                .containsExactly(400, 267);
    }

    @Test
    void aSmallImageIsNotEnlargedAndTransparencyIsKeptAsPng() throws Exception {
        Renditions rendered = renditions.of(TestFiles.transparentPng(300, 200, 2));

        assertThat(rendered.large().contentType()).isEqualTo("image/png");
        BufferedImage large = decode(rendered.large().bytes());
        assertThat(large.getWidth()).isEqualTo(300);
        assertThat(large.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void aWebpImageIsDecodedAndServedAsJpeg() throws Exception {
        Renditions rendered = renditions.of(TestFiles.WEBP);

        assertThat(rendered.thumbnail().contentType()).isEqualTo("image/jpeg");
        assertThat(decode(rendered.thumbnail().bytes()).getWidth()).isEqualTo(1);
    }

    @Test
    void filesThatAreNotImagesAreRefusedWhateverTheyAreCalled() {
        byte[] jpegMagicThenGarbage = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 2048);
        byte[] truncatedJpeg = Arrays.copyOf(TestFiles.jpeg(800, 600, 3), 200);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);

        for (byte[] fake : new byte[][] {jpegMagicThenGarbage, truncatedJpeg, html, gif, TestFiles.PDF, new byte[0]}) {
            assertThatThrownBy(() -> renditions.of(fake)).isInstanceOfSatisfying(NotAnImageException.class,
                    e -> assertThat(e.reason()).isEqualTo(NotAnImageException.Reason.NOT_AN_IMAGE));
        }
    }

    @Test
    void anImageClaimingMorePixelsThanTheLimitIsRefusedBeforeItIsDecoded() {
        assertThatThrownBy(() -> renditions.of(TestFiles.pngClaiming(20_000, 20_000))).isInstanceOfSatisfying(
                NotAnImageException.class, e -> assertThat(e.reason()).isEqualTo(NotAnImageException.Reason.TOO_MANY_PIXELS));
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
