package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.ActingSessions;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/**
 * Product images and documents: checked by content, stored in PostgreSQL, served under content-hashed URLs with
 * a year-long cache header, shown on the buyer's catalog card and product page.
 */
@PortalTest
@AutoConfigureMockMvc
class ProductMediaIntegrationTest {

    /** Items of the simulator's dataset without demo content. */
    private static final String SKU = "ELE-10005";
    private static final String OTHER_SKU = "ELE-10006";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    private ActingSessions admin;

    @AfterEach
    void removeTestContent() throws Exception {
        for (String sku : List.of(SKU, OTHER_SKU)) {
            if (jdbc.sql("select count(*) from product_content where sku = ?").param(sku).query(Long.class).single() > 0) {
                asAdmin(post("/admin/content/products/{sku}/delete", sku));
            }
        }
    }

    @Test
    void anUploadedImageShowsOnTheCatalogCardAndProductPageAndIsCachedForAYear() throws Exception {
        page("buyer@acme.test", "/catalog?q=" + SKU); // its card seen (and kept) without an image first
        MvcResult uploaded = asAdmin(image(SKU, "bolt photo.jpg", TestFiles.jpeg(2400, 1600, 10)));

        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/products/" + SKU);
        assertThat(uploaded.getFlashMap().get("mediaNotice")).hasFieldOrPropertyWithValue("problem", false);
        String thumbnail = jdbc.sql("select thumb_sha256 from product_image where sku = ?").param(SKU).query(String.class).single();
        String large = jdbc.sql("select large_sha256 from product_image where sku = ?").param(SKU).query(String.class).single();
        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).contains("src=\"/media/" + thumbnail + "\"");
        assertThat(page("buyer@acme.test", "/products/" + SKU)).contains("src=\"/media/" + large + "\"");

        MockHttpServletResponse served = mvc.perform(get("/media/" + large).with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn().getResponse();
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(served.getContentType()).isEqualTo("image/jpeg");
        assertThat(served.getHeader("Cache-Control")).contains("max-age=31536000").contains("immutable");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.getContentAsByteArray())).getWidth()).isEqualTo(1200);
        assertThat(StoredFiles.sha256(served.getContentAsByteArray())).isEqualTo(large);
        assertThat(mvc.perform(get("/media/" + large).header("If-None-Match", served.getHeader("ETag"))
                .with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getResponse().getStatus()).isEqualTo(304);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PRODUCT_IMAGE_ADDED' and details like ?")
                .param(SKU + " bolt_photo.jpg").query(Long.class).single()).isPositive();
    }

    @Test
    void aFakeOrOversizedImageIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        long filesBefore = storedFiles();
        byte[] script = "<svg onload=alert(1)></svg>".getBytes();
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        oversized[0] = (byte) 0xFF;

        String fake = noticeOf(asAdmin(image(SKU, "photo.png", script)));
        String tooBig = noticeOf(asAdmin(image(SKU, "huge.jpg", oversized)));
        String bomb = noticeOf(asAdmin(image(SKU, "bomb.png", TestFiles.pngClaiming(30_000, 30_000))));

        assertThat(fake).contains("photo.png is not a JPEG, PNG or WebP image");
        assertThat(tooBig).contains("huge.jpg is too large").contains("5 MB");
        assertThat(bomb).contains("too large in pixels");
        assertThat(jdbc.sql("select count(*) from product_image where sku = ?").param(SKU).query(Long.class).single()).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void anUploadForASkuTheErpDoesNotKnowIsRefused() throws Exception {
        String notice = noticeOf(asAdmin(image("ZZZ-99999", "photo.jpg", TestFiles.jpeg(100, 100, 4))));

        assertThat(notice).contains("The ERP has no item ZZZ-99999");
        assertThat(jdbc.sql("select count(*) from product_content where sku = 'ZZZ-99999'").query(Long.class).single()).isZero();
    }

    @Test
    void theFirstImageIsTheMainOneUntilAnotherIsMadeMainAndRemovedFilesAreDeleted() throws Exception {
        asAdmin(image(SKU, "first.jpg", TestFiles.jpeg(600, 600, 20)));
        asAdmin(image(SKU, "second.webp", TestFiles.WEBP));
        List<Long> ids = jdbc.sql("select id from product_image where sku = ? order by position").param(SKU).query(Long.class).list();
        String secondThumbnail = jdbc.sql("select thumb_sha256 from product_image where id = ?").param(ids.get(1)).query(String.class).single();

        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).doesNotContain("/media/" + secondThumbnail);
        asAdmin(post("/admin/content/products/{sku}/images/{id}/main", SKU, ids.get(1)));
        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).contains("/media/" + secondThumbnail);

        asAdmin(post("/admin/content/products/{sku}/images/{id}/delete", SKU, ids.get(1)));
        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).doesNotContain("/media/" + secondThumbnail);
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(secondThumbnail).query(Long.class).single()).isZero();
        assertThat(mvc.perform(get("/media/" + secondThumbnail).with(SignedInAs.user(users, "buyer@acme.test")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPdfDocumentIsListedOnTheProductPageAndDownloadedAsAnAttachment() throws Exception {
        asAdmin(multipart("/admin/content/products/{sku}/documents", OTHER_SKU)
                .file(new MockMultipartFile("document", "Datasheet EN.pdf", "application/pdf", TestFiles.PDF))
                .param("title", "Technical datasheet"));

        String product = page("buyer@acme.test", "/products/" + OTHER_SKU);
        assertThat(product).contains("Technical datasheet");
        String url = jdbc.sql("select '/media/' || file_sha256 || '/' || file_name from product_document where sku = ?")
                .param(OTHER_SKU).query(String.class).single();
        assertThat(url).endsWith("/Datasheet_EN.pdf");
        assertThat(product).contains("href=\"" + url + "\"");
        MockHttpServletResponse download = mvc.perform(get(url).with(SignedInAs.user(users, "buyer@acme.test"))).andReturn().getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("Datasheet_EN.pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(TestFiles.PDF);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAsADocument() throws Exception {
        String notice = noticeOf(asAdmin(multipart("/admin/content/products/{sku}/documents", OTHER_SKU)
                .file(new MockMultipartFile("document", "datasheet.pdf", "application/pdf", TestFiles.jpeg(50, 50, 5)))));

        assertThat(notice).contains("datasheet.pdf is not a PDF document");
        assertThat(jdbc.sql("select count(*) from product_document where sku = ?").param(OTHER_SKU).query(Long.class).single()).isZero();
    }

    @Test
    void buyersCannotUploadAndNobodySignedOutGetsAFile() throws Exception {
        MvcResult buyer = mvc.perform(image(SKU, "x.jpg", TestFiles.jpeg(10, 10, 6))
                .with(SignedInAs.user(users, "buyer@acme.test")).with(csrf())).andReturn();
        MvcResult anonymous = mvc.perform(get("/media/" + "a".repeat(64))).andReturn();

        assertThat(buyer.getResponse().getStatus()).isEqualTo(403);
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
    }

    private static MockMultipartHttpServletRequestBuilder image(String sku, String name, byte[] bytes) {
        return multipart("/admin/content/products/{sku}/images", sku).file(new MockMultipartFile("image", name, "image/jpeg", bytes));
    }

    private MvcResult asAdmin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (admin == null) {
            admin = ActingSessions.of(mvc, users, "admin@windowpane.test");
        }
        return admin.perform(request);
    }

    /** The page the admin is sent to, with the notice of what happened (flash attributes ride the session). */
    private String noticeOf(MvcResult result) throws Exception {
        return admin.body(get(result.getResponse().getRedirectedUrl())).replaceAll("\\s+", " ");
    }

    private String page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(SignedInAs.user(users, email))).andReturn().getResponse().getContentAsString();
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }
}
