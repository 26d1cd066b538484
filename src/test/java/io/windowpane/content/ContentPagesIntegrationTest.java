package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** Content pages: published ones for every signed-in user and in the footer, drafts for admins only, never unsafe. */
@PortalTest
@AutoConfigureMockMvc
class ContentPagesIntegrationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void removeTestPages() {
        jdbc.sql("delete from content_page where slug like 'test-%'").update();
    }

    @Test
    void aPublishedPageIsReadByEverySignedInUserAndLinkedFromTheFooter() throws Exception {
        String slug = slug();

        MvcResult saved = save(form(slug, "Terms of sale").param("bodyHtml", "<p>Net <b>30</b> days.</p>").param("published", "true"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/pages");
        assertThat(page("buyer@acme.test", "/pages/" + slug).getContentAsString()).contains("Terms of sale").contains("Net <b>30</b> days.");
        assertThat(page("rep@windowpane.test", "/pages/" + slug).getStatus()).isEqualTo(200);
        assertThat(page("buyer@bolt.test", "/").getContentAsString()).contains("href=\"/pages/" + slug + "\"");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'PAGE_SAVED' and details like ?")
                .param("page " + slug + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDraftIsNotFoundForBuyersAndShownToAdminsAsADraft() throws Exception {
        String slug = slug();

        save(form(slug, "Draft FAQ"));

        assertThat(page("buyer@acme.test", "/pages/" + slug).getStatus()).isEqualTo(404);
        assertThat(page("buyer@acme.test", "/").getContentAsString()).doesNotContain("/pages/" + slug);
        assertThat(page("admin@windowpane.test", "/pages/" + slug).getContentAsString()).contains("Draft FAQ").contains("Draft");
    }

    @Test
    void anAddressIsCheckedAndUsedByOnePageOnly() throws Exception {
        String slug = slug();
        save(form(slug, "First").param("published", "true"));

        String taken = save(form(slug, "Second")).getResponse().getContentAsString();
        String badShape = save(form("Terms Of Sale", "Third")).getResponse().getContentAsString();
        String noTitle = save(form(slug() , "")).getResponse().getContentAsString();

        assertThat(taken).contains("Another page already has the address /pages/" + slug);
        assertThat(badShape).contains("Use lower-case letters, digits and single dashes only");
        assertThat(noTitle).contains("Give the page a title.");
        assertThat(jdbc.sql("select count(*) from content_page where slug like 'test-%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void richTextIsSanitizedWhenSavedAndShownInsideHxDisable() throws Exception {
        String slug = slug();
        save(form(slug, "Contact").param("published", "true").param("bodyHtml",
                "<p hx-post=\"/checkout\" onclick=\"x()\" style=\"color:red\">Call us</p><script>alert(1)</script>"));

        String stored = jdbc.sql("select body_html from content_page where slug = ?").param(slug).query(String.class).single();
        String shown = page("buyer@acme.test", "/pages/" + slug).getContentAsString();

        assertThat(stored).contains("Call us").doesNotContain("hx-post", "onclick", "style", "script");
        assertThat(shown).contains("hx-disable").contains("<p>Call us</p>");
    }

    @Test
    void aDeletedPageIsGoneFromTheFooterAtOnce() throws Exception {
        String slug = slug();
        save(form(slug, "Gone soon").param("published", "true"));
        assertThat(page("buyer@acme.test", "/").getContentAsString()).contains("/pages/" + slug);
        long id = jdbc.sql("select id from content_page where slug = ?").param(slug).query(Long.class).single();

        mvc.perform(post("/admin/content/pages/{id}/delete", id).with(SignedInAs.user(users, "admin@windowpane.test")).with(csrf()));

        assertThat(page("buyer@acme.test", "/").getContentAsString()).doesNotContain("/pages/" + slug);
        assertThat(page("buyer@acme.test", "/pages/" + slug).getStatus()).isEqualTo(404);
    }

    private static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder form(String slug, String title) {
        return post("/admin/content/pages").param("slug", slug).param("title", title).param("sortOrder", "0");
    }

    private MvcResult save(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SignedInAs.user(users, "admin@windowpane.test")).with(csrf())).andReturn();
    }

    private MockHttpServletResponse page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(SignedInAs.user(users, email))).andReturn().getResponse();
    }
}
