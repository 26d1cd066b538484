package io.windowpane.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.windowpane.support.LoginPage;
import io.windowpane.support.PortalBrowserTest;
import io.windowpane.support.PortalPage;

class InvoicesBrowserTest extends PortalBrowserTest {

    @Test
    void fromTheOverdueFigureToTheOverdueInvoiceToItsPdf() throws Exception {
        LoginPage.open(browser).signIn("buyer@bolt.test", "demo");
        PortalPage home = new PortalPage(browser);
        String overdue = home.text("credit-overdue");

        home.press("credit-overdue");

        InvoiceListPage invoices = new InvoiceListPage(browser);
        assertThat(browser.path()).isEqualTo("/invoices");
        assertThat(invoices.text("invoices-overdue-total")).isEqualTo(overdue);
        WebElement mostOverdue = invoices.rows().get(0);
        assertThat(invoices.isMarkedOverdue(mostOverdue)).isTrue();
        String number = invoices.numberOf(mostOverdue);
        browser.screenshot("invoices-bolt");

        InvoiceDetailPage invoice = invoices.open(mostOverdue);

        assertThat(browser.path()).isEqualTo("/invoices/" + number);
        assertThat(invoice.text("invoice-status")).contains("overdue");
        browser.screenshot("invoice-overdue");
        String pdf = invoice.pdfText();
        assertThat(pdf).contains("Invoice " + number).contains(invoice.text("invoice-total"))
                .contains(invoice.text("invoice-tax")).contains(invoice.text("invoice-open-amount"));
    }

    @Test
    void aQuickPeriodShowsTheStatementWhoseAgingAddsUpToItsClosingBalance() {
        LoginPage.open(browser).signIn("buyer@acme.test", "demo");
        browser.visit("/invoices");
        PortalPage page = new PortalPage(browser);
        page.press("statement-link");
        WebElement thisYear = browser.driver().findElement(By.linkText("This year"));

        thisYear.click();
        browser.waitUntilGone(thisYear);

        assertThat(browser.driver().getCurrentUrl()).contains("from=" + java.time.LocalDate.now().getYear() + "-01-01");
        assertThat(page.text("aging-total")).isEqualTo(page.text("statement-closing"));
        assertThat(page.all("as-of")).isNotEmpty();
        browser.screenshot("statement-acme");
    }
}
