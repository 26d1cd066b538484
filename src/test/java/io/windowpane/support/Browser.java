package io.windowpane.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with the driver path set explicitly (no driver downloads).
 * Under CI a missing browser fails the test; on a developer machine without Chromium the test is skipped.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The phone width pages are checked at. */
    public static final int PHONE_WIDTH = 390;

    private final WebDriver driver;
    private final Path profile;
    private final String baseUrl;

    private Browser(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("wp-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,900", "--lang=en-US",
                // Bootstrap scrolls smoothly otherwise, and a click would land where the element was mid-animation
                "--force-prefers-reduced-motion", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    /** Opens a browser on the portal at {@code baseUrl}. */
    public static Browser open(String baseUrl) {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Chromium and ChromeDriver are required under CI: " + CHROMIUM + ", " + CHROMEDRIVER);
            }
            Assumptions.abort("Chromium is not installed; run .ci/run or apt-get install chromium chromium-driver");
        }
        try {
            return new Browser(baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Emulates a 390 × 844 phone (Chrome's device metrics: viewport, pixel ratio, mobile), since a headless window is
     * never narrower than 500 px; stays on for the rest of this browser's pages.
     */
    public void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    /** How wide the current page is laid out, in CSS pixels (wider than the screen means it scrolls sideways). */
    public long pageWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;")).longValue();
    }

    /** Boxes that scroll sideways inside the page (a table wider than its box): content a phone user cannot see at once. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> scrollingSideways() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                for (const el of document.body.querySelectorAll('*')) {
                  const overflow = getComputedStyle(el).overflowX;
                  if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1)
                    out.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' '
                        + (el.querySelector('[data-testid]') ? el.querySelector('[data-testid]').dataset.testid : '')
                        + ' ' + el.scrollWidth + '>' + el.clientWidth);
                }
                return out;""");
    }

    /** Lays pages out as for printing (CSS print media), for the rest of this browser's pages. */
    public void printMedia() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    }

    /** Whether the page has an element matching the selector, asked at once (findElements waits for absent ones). */
    public boolean has(String cssSelector) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("return document.querySelector(arguments[0]) !== null;", cssSelector);
    }

    /** Waits until the page (perhaps one a click is still loading) has an element matching the selector. */
    public void waitFor(String cssSelector) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> has(cssSelector));
    }

    /** How wide the browser's viewport is, in CSS pixels. */
    public long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
    }

    /** The outermost elements that reach past the right edge of the screen (what makes a page scroll sideways). */
    @SuppressWarnings("unchecked")
    public java.util.List<String> widerThanScreen() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                // clipped away (visually hidden for screen readers) is not on the screen at all
                const clipped = (el) => {
                  for (let e = el; e && e !== document.body; e = e.parentElement) {
                    const cs = getComputedStyle(e);
                    if ((cs.clip && cs.clip !== 'auto') || (cs.clipPath && cs.clipPath !== 'none')) return true;
                  }
                  return false;
                };
                for (const el of document.body.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.right > window.innerWidth + 1 && !(el.parentElement && el.parentElement.getBoundingClientRect().right > window.innerWidth + 1)
                      && getComputedStyle(el).visibility !== 'hidden' && !clipped(el))
                    out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.') + ' ' + Math.round(r.right));
                }
                return out;""");
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens the page and waits until its document has loaded, so the next command meets a settled page. */
    public void visit(String path) {
        driver.get(baseUrl + path);
        settle();
    }

    // Chromium may still swap the page's renderer after get() returns; a command then fails with "aborted by
    // navigation". Waiting for a complete document, transient errors counting as "not yet", lets it finish.
    private void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * Waits until an element of the current page is gone because the browser moved on to a new page. Chromium
     * may answer with a transient error while the old document is torn down; that counts as "not yet".
     */
    public void waitUntilGone(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
    }

    /** Saves a screenshot under target/screenshots, for looking at pages as their users do. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            // a navigation still finishing aborts a screenshot; it is taken once the page is settled
            byte[] png = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
