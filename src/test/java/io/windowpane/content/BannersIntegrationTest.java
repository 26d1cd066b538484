package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.windowpane.account.PortalUsers;
import io.windowpane.support.PortalTest;
import io.windowpane.support.SignedInAs;

/** Banners: written by admins, shown to the customers and at the times they are meant for, never unsafe. */
@PortalTest
@AutoConfigureMockMvc
class BannersIntegrationTest {

    private static final String PREFIX = "test-banner ";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PortalUsers users;

    @Autowired
    private Banners banners;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    @AfterEach
    void removeTestBanners() {
        jdbc.sql("delete from banner where title like ?").param(PREFIX + "%").update();
    }

    @Test
    void aBannerForC1000OnlyShowsForAcmesBuyerAndNotForBolts() throws Exception {
        String title = PREFIX + UUID.randomUUID();

        MvcResult saved = save(form(title).param("audience", "c1000").param("published", "true"));

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/content/banners");
        assertThat(page("buyer@acme.test", "/")).contains(title);
        assertThat(page("buyer@bolt.test", "/")).doesNotContain(title);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'BANNER_SAVED' and details like ?")
                .param("%" + title).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBannerForEveryoneShowsForEveryCustomerOnlyWherePlaced() throws Exception {
        String title = PREFIX + UUID.randomUUID();

        save(form(title).param("placement", "CATALOG").param("published", "true"));

        assertThat(page("buyer@acme.test", "/catalog")).contains(title);
        assertThat(page("buyer@bolt.test", "/catalog")).contains(title);
        assertThat(page("buyer@acme.test", "/")).doesNotContain(title);
    }

    @Test
    void aDraftIsNeverShown() throws Exception {
        String title = PREFIX + UUID.randomUUID();

        save(form(title));

        assertThat(page("buyer@acme.test", "/")).doesNotContain(title);
        assertThat(page("admin@windowpane.test", "/admin/content/banners")).contains(title).contains("Draft");
    }

    @Test
    void aBannerIsLiveFromItsStartUntilJustBeforeItsEndInThePortalsTimeZone() throws Exception {
        String title = PREFIX + UUID.randomUUID();
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime end = start.plusHours(2);

        save(form(title).param("published", "true").param("audience", "C1000").param("startsAt", start.toString())
                .param("endsAt", end.toString()));

        assertThat(titlesAt(start.minusSeconds(1))).doesNotContain(title);
        assertThat(titlesAt(start)).contains(title);
        assertThat(titlesAt(end.minusSeconds(1))).contains(title);
        assertThat(titlesAt(end)).doesNotContain(title);
        assertThat(page("buyer@acme.test", "/")).as("not live yet").doesNotContain(title);
        assertThat(page("admin@windowpane.test", "/admin/content/banners")).contains("Scheduled");
        assertThat(page("admin@windowpane.test", "/admin/content/banners/preview?customer=C1000&placement=HOME&at=" + start))
                .contains(title);
        assertThat(page("admin@windowpane.test", "/admin/content/banners/preview?customer=C1001&placement=HOME&at=" + start))
                .doesNotContain(title);
    }

    @Test
    void aCustomerTheErpDoesNotKnowIsRefusedAndNothingIsSaved() throws Exception {
        String title = PREFIX + UUID.randomUUID();

        MvcResult refused = save(form(title).param("audience", "C1000, C9999").param("published", "true"));

        assertThat(refused.getModelAndView().getViewName()).isEqualTo(AdminBannersController.FORM_VIEW);
        assertThat(refused.getResponse().getContentAsString()).contains("The ERP has no customer C9999");
        assertThat(jdbc.sql("select count(*) from banner where title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsShownWithItsReasonAndKeepsWhatWasTyped() throws Exception {
        String body = "<p>keep me " + UUID.randomUUID() + "</p>";

        String noTitle = save(form("").param("bodyHtml", body)).getResponse().getContentAsString();
        String endsFirst = save(form(PREFIX + "x").param("startsAt", "2030-01-02T10:00").param("endsAt", "2030-01-01T10:00"))
                .getResponse().getContentAsString();
        String scriptLink = save(form(PREFIX + "y").param("linkUrl", "javascript:alert(1)")).getResponse().getContentAsString();
        String offsite = save(form(PREFIX + "z").param("linkUrl", "//evil.example/x")).getResponse().getContentAsString();

        assertThat(noTitle).contains("Give the banner a title.").contains("keep me");
        assertThat(endsFirst).contains("The banner must end after it starts.");
        assertThat(scriptLink).contains("The link must start with https://");
        assertThat(offsite).contains("The link must start with https://");
        assertThat(jdbc.sql("select count(*) from banner where title like ?").param(PREFIX + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void richTextIsSanitizedWhenSavedAndAgainWhenShown() throws Exception {
        String title = PREFIX + UUID.randomUUID();
        save(form(title).param("published", "true").param("audience", "C1000").param("bodyHtml",
                "<p onclick=\"x()\" style=\"color:red\" hx-get=\"/cart\" data-hx-post=\"/checkout\">Sale <b>now</b>"
                        + "<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p>"));
        String stored = jdbc.sql("select body_html from banner where title = ?").param(title).query(String.class).single();
        // a row written around the service (or before a policy change) is made safe on the way out too
        jdbc.sql("update banner set body_html = '<p>ok</p><img src=x onerror=alert(3)><div hx-post=\"/checkout\">y</div>'"
                + " where title = ?").param(title).update();

        String home = page("buyer@acme.test", "/");

        assertThat(stored).contains("Sale <b>now</b>").doesNotContain("script", "onclick", "style", "hx-", "javascript");
        assertThat(home).contains("hx-disable").contains("<p>ok</p>").doesNotContain("onerror", "hx-post=\"/checkout\"");
    }

    @Test
    void aBannerImageIsCheckedShownToItsAudienceAndDeletedWithIt() throws Exception {
        String title = PREFIX + UUID.randomUUID();
        save(form(title).param("audience", "C1000").param("published", "true"));
        long id = jdbc.sql("select id from banner where title = ?").param(title).query(Long.class).single();

        MvcResult fake = save(multipart("/admin/content/banners/{id}/image", id)
                .file(new MockMultipartFile("image", "spring.jpg", "image/jpeg", "not an image".getBytes())));
        assertThat(fake.getFlashMap().get("mediaNotice")).hasFieldOrPropertyWithValue("key", "problem.NOT_AN_IMAGE");
        save(multipart("/admin/content/banners/{id}/image", id)
                .file(new MockMultipartFile("image", "spring.png", "image/png", TestFiles.jpeg(1800, 600, 30)))
                .param("alt", "Spring tools on a workbench"));

        String image = jdbc.sql("select image_sha256 from banner where id = ?").param(id).query(String.class).single();
        assertThat(page("buyer@acme.test", "/")).contains("src=\"/media/" + image + "\"").contains("alt=\"Spring tools on a workbench\"");
        assertThat(page("buyer@bolt.test", "/")).doesNotContain(image);

        save(post("/admin/content/banners/{id}/delete", id));
        assertThat(jdbc.sql("select count(*) from stored_file where sha256 = ?").param(image).query(Long.class).single()).isZero();
    }

    // placement HOME unless the test names another
    private MockHttpServletRequestBuilder form(String title) {
        return post("/admin/content/banners").param("title", title).param("sortOrder", "0");
    }

    private MvcResult save(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(SignedInAs.user(users, "admin@windowpane.test")).with(csrf())).andReturn();
    }

    private String page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(SignedInAs.user(users, email))).andReturn().getResponse().getContentAsString();
    }

    private java.util.List<String> titlesAt(LocalDateTime local) {
        return banners.liveFor("C1000", Placement.HOME, local.atZone(clock.getZone()).toInstant()).stream()
                .map(Banners.Shown::title).toList();
    }
}
