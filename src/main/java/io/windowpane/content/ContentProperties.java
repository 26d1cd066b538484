package io.windowpane.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits for marketing uploads: {@code windowpane.content.max-image-size}, {@code max-document-size}, and how many
 * images and documents one product may have.
 */
@ConfigurationProperties("windowpane.content")
record ContentProperties(@DefaultValue("5MB") DataSize maxImageSize, @DefaultValue("10MB") DataSize maxDocumentSize,
        @DefaultValue("12") int maxImagesPerProduct, @DefaultValue("10") int maxDocumentsPerProduct) {
}
