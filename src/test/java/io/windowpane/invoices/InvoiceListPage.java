package io.windowpane.invoices;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** {@code /invoices}: the totals, and the invoices as rows. */
class InvoiceListPage extends PortalPage {

    InvoiceListPage(Browser browser) {
        super(browser);
    }

    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[data-testid=invoices-table] tbody tr"));
    }

    String numberOf(WebElement row) {
        return row.getAttribute("data-invoice");
    }

    boolean isMarkedOverdue(WebElement row) {
        return !row.findElements(By.cssSelector("[data-testid=invoice-overdue]")).isEmpty();
    }

    InvoiceDetailPage open(WebElement row) {
        WebElement link = row.findElement(By.cssSelector("[data-testid=invoice-link]"));
        link.click();
        browser.waitUntilGone(link);
        return new InvoiceDetailPage(browser);
    }
}
