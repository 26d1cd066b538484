package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** Product content keyed by ERP SKU: written by admins for items the ERP has, shown to buyers, orphans listed. */
@PortalTest
@AutoConfigureMockMvc
class ProductContentIntegrationTest {

    /** An item of the simulator's dataset without demo content. */
    private static final String SKU = "ELE-10003";
    private static final String ORPHAN = "ZZZ-00001";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ProductContents contents;

    /** Through the service, so that what catalog pages keep of the product is forgotten too. */
    @AfterEach
    void removeTestContent() {
        contents.delete(SKU);
        contents.delete(ORPHAN);
    }

    @Test
    void contentSavedForAnErpItemShowsOnItsProductPageAndCatalogCard() throws Exception {
        String headline = "Test headline " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).as("its card seen without content first").doesNotContain(headline);

        MvcResult saved = save(form(SKU).param("headline", headline).param("shortText", "Short and sweet")
                .param("bodyHtml", "<p>Long <b>description</b></p>").param("bullets", "Rated 600 V\n\n  UL listed  \n"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/products");
        String product = page("buyer@acme.test", "/products/" + SKU);
        assertThat(product).contains(headline).contains("Long <b>description</b>").contains("<li>Rated 600 V</li>")
                .contains("<li>UL listed</li>");
        assertThat(page("buyer@acme.test", "/catalog?q=" + SKU)).contains(headline);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PRODUCT_CONTENT_SAVED' and details = ?").param(SKU)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void contentForASkuTheErpDoesNotKnowIsRefusedAndNothingIsSaved() throws Exception {
        MvcResult refused = save(form("ZZZ-99999").param("headline", "Nope"));

        assertThat(refused.getResponse().getContentAsString()).contains("The ERP has no item ZZZ-99999");
        assertThat(jdbc.sql("select count(*) from product_content where sku = 'ZZZ-99999'").query(Long.class).single()).isZero();
    }

    @Test
    void contentWhoseItemTheErpNoLongerHasIsListedAsOrphaned() throws Exception {
        jdbc.sql("insert into product_content (sku, headline) values (?, 'left behind')").param(ORPHAN).update();

        String list = page("admin@windowpane.test", "/admin/content/products");

        assertThat(list).contains(ORPHAN).contains("Orphaned: not in the ERP");
        assertThat(list).contains("FAS-10004").contains("In the ERP");
    }

    @Test
    void anAdminFindsErpItemsToWriteContentFor() throws Exception {
        String found = page("admin@windowpane.test", "/admin/content/products?q=" + SKU);

        assertThat(found).contains("data-sku=\"" + SKU + "\"").contains("/admin/content/products/" + SKU);
    }

    @Test
    void theDescriptionIsSanitizedAndTooManyBulletsAreRefused() throws Exception {
        save(form(SKU).param("bodyHtml", "<p onclick=\"x()\" hx-get=\"/cart\">Safe</p><script>alert(1)</script>"));
        String tooMany = IntStream.rangeClosed(1, ProductContentForm.MAX_BULLETS + 1).mapToObj(i -> "feature " + i)
                .collect(Collectors.joining("\n"));

        String stored = jdbc.sql("select description_html from product_content where sku = ?").param(SKU).query(String.class).single();
        String refused = save(form(SKU).param("bullets", tooMany)).getResponse().getContentAsString();

        assertThat(stored).isEqualTo("<p>Safe</p>");
        assertThat(refused).contains("At most 12 feature bullets");
    }

    private static MockHttpServletRequestBuilder form(String sku) {
        return post("/admin/content/products/{sku}", sku);
    }

    private MvcResult save(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedInAs.user(users, "admin@windowpane.test")).with(csrf())).andReturn();
    }

    private String page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(SignedInAs.user(users, email))).andReturn().getResponse().getContentAsString();
    }
}
