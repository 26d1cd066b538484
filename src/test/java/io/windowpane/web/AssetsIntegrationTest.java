package io.windowpane.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import io.windowpane.support.PortalTest;

/** The assets a page links to are served, with content-hashed URLs and a long cache lifetime. */
@PortalTest
@AutoConfigureMockMvc
class AssetsIntegrationTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @Test
    void everyAssetTheLoginPageLinksIsServed() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher assets = ASSET.matcher(page);
        int found = 0;
        while (assets.find()) {
            MockHttpServletResponse asset = mvc.perform(get(assets.group(1))).andReturn().getResponse();
            assertThat(asset.getStatus()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.getContentAsByteArray()).as(assets.group(1)).isNotEmpty();
            found++;
        }

        assertThat(found).isGreaterThanOrEqualTo(4);
    }

    @Test
    void thePortalsOwnStylesheetIsTheCurrentOneAndCachedForAYear() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = Pattern.compile("href=\"(/assets/css/windowpane-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).isTrue();

        MockHttpServletResponse stylesheet = mvc.perform(get(css.group(1))).andReturn().getResponse();

        assertThat(stylesheet.getContentAsString()).contains(".wp-navbar").contains(".wp-status-closed");
        assertThat(stylesheet.getHeader("Cache-Control")).contains("max-age=31536000");
    }
}
