package io.windowpane.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.windowpane.content.ImageRenditions.NotAnImageException;

/**
 * A product's images (the first is its main image) and downloadable PDF documents. Uploads are checked by their
 * content, never by name or claimed type; the bytes live in {@link StoredFiles}.
 */
@Service
@EnableConfigurationProperties(ContentProperties.class)
public class ProductMedia {

    /** An image as pages show it; the URLs are content-hashed and cacheable for good. */
    public record Image(long id, String largeUrl, String thumbnailUrl, int width, int height, String originalName) {
    }

    /** A downloadable document. */
    public record Document(long id, String title, String fileName, long sizeBytes, String url) {

        public long kilobytes() {
            return Math.max(1, Math.round(sizeBytes / 1024.0));
        }
    }

    /** Why an upload was refused; the admin is told which. */
    public enum Problem {
        EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, NOT_A_PDF, TOO_MANY_IMAGES, TOO_MANY_DOCUMENTS, TITLE_TOO_LONG
    }

    /** An upload the portal does not take; nothing was stored. */
    public static final class UploadRefusedException extends Exception {

        private final Problem problem;

        UploadRefusedException(Problem problem) {
            super(problem.name());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final String PDF_END = "%%EOF";

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final ImageRenditions renditions;
    private final ProductContentRepository contents;
    private final ContentProperties limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProductMedia(JdbcClient jdbc, StoredFiles files, ImageRenditions renditions, ProductContentRepository contents,
            ContentProperties limits, Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.files = files;
        this.renditions = renditions;
        this.contents = contents;
        this.limits = limits;
    }

    public ContentProperties limits() {
        return limits;
    }

    @Transactional(readOnly = true)
    public List<Image> images(String sku) {
        return jdbc.sql("""
                select id, large_sha256, thumb_sha256, width, height, original_name from product_image
                where sku = ? order by position, id""").param(sku).query((rs, n) -> new Image(rs.getLong(1),
                StoredFiles.url(rs.getString(2)), StoredFiles.url(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                rs.getString(6))).list();
    }

    @Transactional(readOnly = true)
    public List<Document> documents(String sku) {
        return jdbc.sql("""
                select d.id, d.title, d.file_name, f.size_bytes, d.file_sha256 from product_document d
                join stored_file f on f.sha256 = d.file_sha256 where d.sku = ? order by d.id""").param(sku)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        StoredFiles.url(rs.getString(5)) + "/" + rs.getString(3))).list();
    }

    /** The main image's thumbnail URL per SKU, for those of the given SKUs that have images (one query). */
    @Transactional(readOnly = true)
    public Map<String, String> mainThumbnails(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        record Main(String sku, String url) {
        }
        return jdbc.sql("""
                select distinct on (sku) sku, thumb_sha256 from product_image
                where sku in (:skus) order by sku, position, id""").param("skus", skus)
                .query((rs, n) -> new Main(rs.getString(1), StoredFiles.url(rs.getString(2)))).list().stream()
                .collect(Collectors.toMap(Main::sku, Main::url));
    }

    /** Adds an image after the existing ones (creating the product's content if it has none). */
    @Transactional
    public Image addImage(String sku, byte[] upload, String originalName, String by) throws UploadRefusedException {
        checkSize(upload, limits.maxImageSize().toBytes());
        if (count("product_image", sku) >= limits.maxImagesPerProduct()) {
            throw new UploadRefusedException(Problem.TOO_MANY_IMAGES);
        }
        ImageRenditions.Renditions rendered;
        try {
            rendered = renditions.of(upload);
        } catch (NotAnImageException e) {
            throw new UploadRefusedException(e.reason() == NotAnImageException.Reason.TOO_MANY_PIXELS
                    ? Problem.TOO_MANY_PIXELS : Problem.NOT_AN_IMAGE);
        }
        ensureContent(sku, by);
        String large = files.store(rendered.large().bytes(), rendered.large().contentType());
        String thumbnail = files.store(rendered.thumbnail().bytes(), rendered.thumbnail().contentType());
        long id = jdbc.sql("""
                insert into product_image (sku, position, large_sha256, thumb_sha256, width, height, original_name, uploaded_by)
                values (?, (select coalesce(max(position), 0) + 1 from product_image where sku = ?), ?, ?, ?, ?, ?, ?)
                returning id""").params(sku, sku, large, thumbnail, rendered.large().width(), rendered.large().height(),
                fileName(originalName, "image"), by).query(Long.class).single();
        changed(sku);
        return new Image(id, StoredFiles.url(large), StoredFiles.url(thumbnail), rendered.large().width(),
                rendered.large().height(), fileName(originalName, "image"));
    }

    /** Moves an image to the front; false when the product has no such image. */
    @Transactional
    public boolean makeMain(String sku, long imageId) {
        boolean moved = jdbc.sql("""
                update product_image set position = (select min(position) - 1 from product_image where sku = :sku)
                where sku = :sku and id = :id""").param("sku", sku).param("id", imageId).update() == 1;
        if (moved) {
            changed(sku);
        }
        return moved;
    }

    @Transactional
    public boolean removeImage(String sku, long imageId) {
        Optional<List<String>> removed = jdbc.sql("delete from product_image where sku = ? and id = ? returning large_sha256, thumb_sha256")
                .params(sku, imageId).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).optional();
        removed.ifPresent(files::deleteUnreferenced);
        if (removed.isPresent()) {
            changed(sku);
        }
        return removed.isPresent();
    }

    /** Adds a PDF document (creating the product's content if it has none). */
    @Transactional
    public Document addDocument(String sku, String title, byte[] upload, String originalName, String by)
            throws UploadRefusedException {
        checkSize(upload, limits.maxDocumentSize().toBytes());
        if (!isPdf(upload)) {
            throw new UploadRefusedException(Problem.NOT_A_PDF);
        }
        if (count("product_document", sku) >= limits.maxDocumentsPerProduct()) {
            throw new UploadRefusedException(Problem.TOO_MANY_DOCUMENTS);
        }
        String name = fileName(originalName, sku.toLowerCase(Locale.ROOT));
        String fileName = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
        String shownTitle = title == null || title.isBlank() ? fileName.substring(0, fileName.length() - 4) : title.strip();
        if (shownTitle.length() > 200) {
            throw new UploadRefusedException(Problem.TITLE_TOO_LONG);
        }
        ensureContent(sku, by);
        String sha256 = files.store(upload, "application/pdf");
        long id = jdbc.sql("""
                insert into product_document (sku, title, file_name, file_sha256, uploaded_by) values (?, ?, ?, ?, ?)
                returning id""").params(sku, shownTitle, fileName, sha256, by).query(Long.class).single();
        return new Document(id, shownTitle, fileName, upload.length, StoredFiles.url(sha256) + "/" + fileName);
    }

    @Transactional
    public boolean removeDocument(String sku, long documentId) {
        Optional<String> removed = jdbc.sql("delete from product_document where sku = ? and id = ? returning file_sha256")
                .params(sku, documentId).query(String.class).optional();
        removed.ifPresent(sha256 -> files.deleteUnreferenced(List.of(sha256)));
        return removed.isPresent();
    }

    /** Removes every image and document of a product (its content is being deleted). */
    @Transactional
    void removeAll(String sku) {
        List<String> keys = jdbc.sql("delete from product_image where sku = ? returning large_sha256, thumb_sha256").param(sku)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list().stream().flatMap(List::stream)
                .collect(Collectors.toCollection(ArrayList::new));
        keys.addAll(jdbc.sql("delete from product_document where sku = ? returning file_sha256").param(sku).query(String.class).list());
        files.deleteUnreferenced(keys);
    }

    private void ensureContent(String sku, String by) {
        if (!contents.existsById(sku)) {
            contents.saveAndFlush(new ProductContent(sku, by, clock.instant()));
            changed(sku);
        }
    }

    // what catalog pages show of the product (its main thumbnail, whether it has content) changed
    private void changed(String sku) {
        events.publishEvent(new ProductContents.Changed(sku));
    }

    private int count(String table, String sku) {
        return jdbc.sql("select count(*) from " + table + " where sku = ?").param(sku).query(Integer.class).single();
    }

    private static void checkSize(byte[] upload, long max) throws UploadRefusedException {
        if (upload.length == 0) {
            throw new UploadRefusedException(Problem.EMPTY);
        }
        if (upload.length > max) {
            throw new UploadRefusedException(Problem.TOO_LARGE);
        }
    }

    /** A PDF starts with its header and ends (within its last kilobyte) with an end-of-file marker. */
    static boolean isPdf(byte[] bytes) {
        if (bytes.length < 64 || !Arrays.equals(bytes, 0, PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
            return false;
        }
        int tail = Math.max(0, bytes.length - 1024);
        return new String(bytes, tail, bytes.length - tail, StandardCharsets.ISO_8859_1).contains(PDF_END);
    }

    /** A file name safe to show and to put in a download header: letters, digits, dot, dash, underscore. */
    static String fileName(String original, String fallback) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        return base.isEmpty() ? fallback : base;
    }
}
