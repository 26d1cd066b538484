package io.windowpane.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files people open in a spreadsheet. A text cell a spreadsheet would run as a formula (starting with
 * = + - @, a tab or a return) is written with a leading apostrophe, whatever the ERP or a buyer put in it.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Rows under a header; text cells are made formula-safe, numbers and dates are written as they are. */
    public static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(cell -> cell instanceof String text ? safe(text) : cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The file as a download named {@code fileName} (characters a file name should not have become dashes). */
    public static ResponseEntity<String> attachment(String fileName, String csv) {
        String name = fileName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((name.isEmpty() ? "export" : name) + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(csv);
    }
}
