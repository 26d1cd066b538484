package io.windowpane.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.windowpane.support.Accessibility;
import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

/**
 * Banners in a real browser: an admin aims one at C1000 and only Acme's buyer sees it; and a corpus of XSS
 * payloads saved through the banner form runs nothing and leaves no active markup in the buyer's page.
 */
class BannersBrowserTest extends PortalBrowserTest {

    private static final String PREFIX = "test-banner-web ";

    /** Each tries to run script (setting window.__xss), navigate, or make htmx send a request. */
    static final List<String> XSS_CORPUS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1\">",
            "<svg onload=\"window.__xss=1\"></svg>",
            "<svg><script>window.__xss=1</script></svg>",
            "<a href=\"javascript:window.__xss=1\">a</a>",
            "<a href=\"JaVaScRiPt:window.__xss=1\">b</a>",
            "<a href=\"&#106;avascript:window.__xss=1\">c</a>",
            "<a href=\" javascript:window.__xss=1\">d</a>",
            "<a href=\"vbscript:msgbox(1)\">e</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">f</a>",
            "<iframe src=\"javascript:window.__xss=1\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
            "<body onload=\"window.__xss=1\">",
            "<div onmouseover=\"window.__xss=1\">hover</div>",
            "<p style=\"background:url(javascript:window.__xss=1)\">g</p>",
            "<p style=\"width: expression(window.__xss=1)\">h</p>",
            "<style>@import 'javascript:window.__xss=1';</style>",
            "<div hx-get=\"/cart/lines\" hx-trigger=\"load\" hx-target=\"body\">i</div>",
            "<div data-hx-post=\"/checkout\" data-hx-trigger=\"load\">j</div>",
            "<button hx-post=\"/logout\" hx-trigger=\"load\">k</button>",
            "<form action=\"javascript:window.__xss=1\"><button>l</button></form>",
            "<input autofocus onfocus=\"window.__xss=1\">",
            "<details open ontoggle=\"window.__xss=1\">m</details>",
            "<object data=\"javascript:window.__xss=1\"></object>",
            "<embed src=\"javascript:window.__xss=1\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=\"window.__xss=1\">",
            "<img src=\"x\" onerror=&#119;indow.__xss=1>",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
            "<base href=\"javascript:window.__xss=1//\">",
            "<link rel=\"stylesheet\" href=\"javascript:window.__xss=1\">",
            "<video><source onerror=\"window.__xss=1\"></video>",
            "\"><script>window.__xss=1</script>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<a href=\"/cart\" hx-boost=\"true\" onclick=\"window.__xss=1\">n</a>");

    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void removeTestBanners() {
        jdbc.sql("delete from banner where title like ?").param(PREFIX + "%").update();
    }

    @Test
    void anAdminAimsABannerAtC1000AndOnlyAcmesBuyerSeesIt() {
        String title = PREFIX + UUID.randomUUID().toString().substring(0, 8);
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        BannerFormPage form = BannerFormPage.openNew(browser).title(title).audience("C1000")
                .body("<p>Spring sale on <b>fasteners</b>: 10% off until Friday.</p>").published();
        browser.screenshot("admin-banner-form");
        assertThat(Accessibility.violations(browser)).isEmpty();

        PortalPage list = form.save();

        assertThat(list.text("banner-saved")).isNotBlank();
        assertThat(list.text("admin-banners")).contains(title).contains("C1000").contains("Live");
        browser.screenshot("admin-banners");
        assertThat(Accessibility.violations(browser)).isEmpty();

        list.signOut().signIn("buyer@acme.test", "demo");
        assertThat(new PortalPage(browser).text("banners")).contains(title).contains("fasteners");
        browser.screenshot("buyer-home-banner");
        assertThat(Accessibility.violations(browser)).isEmpty();

        new PortalPage(browser).signOut().signIn("buyer@bolt.test", "demo");
        assertThat(browser.driver().getPageSource()).doesNotContain(title);
    }

    @Test
    void noPayloadOfTheXssCorpusSavedThroughTheBannerFormRunsForTheBuyer() {
        assertThat(XSS_CORPUS).hasSizeGreaterThanOrEqualTo(30);
        LoginPage.open(browser).signIn("admin@windowpane.test", "demo");
        for (int i = 0; i < XSS_CORPUS.size(); i++) {
            BannerFormPage.openNew(browser).title(PREFIX + "xss " + i).audience("C1000")
                    .body("<p>payload " + i + "</p>" + XSS_CORPUS.get(i)).published().save();
        }

        new PortalPage(browser).signOut().signIn("buyer@acme.test", "demo");
        List<WebElement> bodies = browser.driver().findElements(By.cssSelector("[data-testid=banner-body]"));
        Object ran = ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : window.__xss;");

        assertThat(bodies).hasSizeGreaterThanOrEqualTo(XSS_CORPUS.size());
        assertThat(ran).as("no payload ran").isNull();
        assertThat(alertShown()).isFalse();
        assertThat(browser.path()).as("nothing navigated away").isEqualTo("/");
        for (WebElement body : bodies) {
            assertThat(activeMarkup(body)).as(body.getAttribute("innerHTML")).isEmpty();
        }
    }

    // what in a rendered banner could run or act: elements that load or run things, event handlers, styles, htmx
    // attributes, and links to anything but the web
    @SuppressWarnings("unchecked")
    private List<String> activeMarkup(WebElement body) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                const found = [];
                for (const el of arguments[0].querySelectorAll('*')) {
                  const tag = el.tagName.toLowerCase();
                  if (['script','iframe','object','embed','svg','math','style','link','meta','base','form','input',
                       'button','video','source','noscript','body'].includes(tag)) found.push('<' + tag + '>');
                  for (const attr of el.attributes) {
                    const name = attr.name.toLowerCase();
                    if (name.startsWith('on') || name.startsWith('hx-') || name.startsWith('data-hx') || name === 'style'
                        || name === 'srcdoc' || name === 'formaction') found.push(tag + ' ' + name);
                    if ((name === 'href' || name === 'src') && !/^(https?:|mailto:|\\/|#)/i.test(attr.value.trim()))
                      found.push(tag + ' ' + name + '=' + attr.value);
                  }
                }
                return found;""", body);
    }

    private boolean alertShown() {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
