package io.windowpane.lists;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.windowpane.web.CsvDownload;

/**
 * A list as CSV: {@code sku,quantity,note} (and the item's name on export, for people; import ignores it). A cell
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a return) is written with a leading
 * apostrophe, so an exported list can be opened safely whatever its notes say.
 */
final class ListCsv {

    /** One line read from a file, with its line number for the report. */
    record Row(long lineNumber, String sku, String quantity, String note) {
    }

    /** What was read: the rows, or why the file could not be read at all. */
    record Parsed(List<Row> rows, String problem) {
    }

    static final int MAX_ROWS = ShoppingLists.MAX_LINES;
    private static final String[] HEADER = {"sku", "quantity", "note", "name"};

    private ListCsv() {
    }

    static String write(List<ListView.Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (ListView.Row row : rows) {
                printer.printRecord(CsvDownload.safe(row.sku()), row.quantity(), CsvDownload.safe(row.note()), CsvDownload.safe(row.name()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Parsed read(String text) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).setTrim(true).get().parse(new StringReader(text))) {
            if (!parser.getHeaderMap().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(List.of("sku", "quantity"))) {
                return new Parsed(List.of(), "header");
            }
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return new Parsed(List.of(), "tooLong");
                }
                rows.add(new Row(record.getRecordNumber() + 1, value(record, "sku"), value(record, "quantity"),
                        value(record, "note")));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Parsed(List.of(), "malformed");
        }
        return new Parsed(rows, null);
    }

    // formula injection: what a spreadsheet would evaluate is made text
    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
    }
}
