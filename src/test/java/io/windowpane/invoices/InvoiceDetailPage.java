package io.windowpane.invoices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;

import io.windowpane.support.Browser;
import io.windowpane.support.PortalPage;

/** {@code /invoices/{number}}: the invoice, and its PDF as the signed-in browser would download it. */
class InvoiceDetailPage extends PortalPage {

    InvoiceDetailPage(Browser browser) {
        super(browser);
    }

    /** The text of the PDF the page links to, fetched with the browser's own session. */
    String pdfText() throws IOException, InterruptedException {
        String href = browser.driver().findElement(By.cssSelector("[data-testid=invoice-pdf]")).getAttribute("href");
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (pdf.statusCode() != 200 || !pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf")) {
            throw new IllegalStateException("No PDF at " + href + ": " + pdf.statusCode());
        }
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
