package io.windowpane.content;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;

/** XSS payloads for every rich-text form, and how a browser test tells that none of them took effect. */
final class XssCorpus {

    /** Each tries to run script (setting window.__xss), navigate, or make htmx send a request. */
    static final List<String> PAYLOADS = List.of(
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

    private XssCorpus() {
    }

    /** Whether any payload ran (they all set window.__xss). */
    static boolean ran(Browser browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss !== undefined;") == Boolean.TRUE;
    }

    // what in rendered rich text could run or act: elements that load or run things, event handlers, styles, htmx
    // attributes, and links to anything but the web
    @SuppressWarnings("unchecked")
    static List<String> activeMarkup(Browser browser, WebElement body) {
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

    static boolean alertShown(Browser browser) {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
