package io.windowpane.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Documents (invoices, statements, order confirmations) as PDF: the Thymeleaf template is rendered exactly as a page
 * is, with the same model, messages and formats, then laid out by openhtmltopdf. A handler returns
 * {@code pdf.of("invoices/pdf", "INV100123.pdf")} as its view.
 */
@Component
public class PdfDocuments {

    private final ThymeleafViewResolver templates;

    PdfDocuments(ThymeleafViewResolver templates) {
        this.templates = templates;
    }

    /** The template as a PDF shown in the browser, saved under {@code fileName}. */
    public View of(String template, String fileName) {
        try {
            return new PdfView(templates.resolveViewName(template, Locale.ENGLISH), fileName);
        } catch (Exception e) {
            throw new IllegalStateException("No template " + template, e);
        }
    }

    private record PdfView(View html, String fileName) implements View {

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            CapturedHtml captured = new CapturedHtml(response);
            html.render(model, request, captured);
            String baseUri = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(W3CDom.convert(Jsoup.parse(captured.text(), baseUri)), baseUri);
            builder.toStream(pdf);
            builder.run();
            response.setContentType(getContentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString());
            response.setContentLength(pdf.size());
            pdf.writeTo(response.getOutputStream());
        }
    }

    /** Keeps what the template writes instead of sending it. */
    private static final class CapturedHtml extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);

        CapturedHtml(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setContentType(String type) {
            // the PDF's own content type is set once the document is laid out
        }

        @Override
        public void setCharacterEncoding(String encoding) {
            // a PDF has no character encoding
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            if (writer.checkError()) {
                throw new UncheckedIOException(new IOException("The document could not be rendered"));
            }
            return text.toString();
        }
    }
}
