package io.windowpane.content;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

import io.windowpane.audit.AuditLog;
import io.windowpane.erp.ErpGateway;
import io.windowpane.erp.Item;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bulk product content from a CSV file with the columns {@code sku, headline, description, bullets} (bullets
 * separated by {@code |}): every line is either saved or reported with its number and reason, never silently
 * dropped. A file that is not valid CSV saves nothing. SKUs are checked with the ERP in batches.
 */
@Service
class ProductContentImport {

    static final List<String> COLUMNS = List.of("sku", "headline", "description", "bullets");
    /** The most lines one file may have. */
    static final int MAX_LINES = 5_000;

    /** What happened to one line. */
    enum Outcome {
        SAVED, UNKNOWN_SKU, INVALID, REPEATED_SKU, MISSING_SKU
    }

    /** One line of the report: its number in the file, the SKU, what happened and why. */
    record Line(long lineNumber, String sku, Outcome outcome, String reason) {
    }

    /** The whole report; {@code problem} is set when the file as a whole could not be read (nothing saved). */
    record Report(List<Line> lines, String problem, Object problemArgument) {
        public long saved() {
            return lines.stream().filter(line -> line.outcome() == Outcome.SAVED).count();
        }

        public long refused() {
            return lines.size() - saved();
        }
    }

    private record Row(long lineNumber, String sku, ProductContentForm form) {
    }

    private final ProductContents contents;
    private final ErpGateway erp;
    private final Validator validator;
    private final AuditLog audit;

    ProductContentImport(ProductContents contents, ErpGateway erp, Validator validator, AuditLog audit) {
        this.contents = contents;
        this.erp = erp;
        this.validator = validator;
        this.audit = audit;
    }

    Report importCsv(String text, String by, String remoteAddress) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).setTrim(true).get().parse(new StringReader(text))) {
            Set<String> header = parser.getHeaderMap().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
            if (!header.contains("sku")) {
                return problem("products.import.header", String.join(", ", COLUMNS));
            }
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() == MAX_LINES) {
                    return problem("products.import.tooLong", MAX_LINES);
                }
                records.add(record);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return problem("products.import.malformed", e.getMessage());
        }
        List<Integer> newlines = newlines(text);
        List<Line> report = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CSVRecord record : records) {
            long lineNumber = lineOf(newlines, record.getCharacterPosition());
            String sku = value(record, "sku").toUpperCase(Locale.ROOT);
            if (sku.isEmpty()) {
                report.add(new Line(lineNumber, "", Outcome.MISSING_SKU, null));
                continue;
            }
            Long earlier = firstLine.putIfAbsent(sku, lineNumber);
            if (earlier != null) {
                report.add(new Line(lineNumber, sku, Outcome.REPEATED_SKU, String.valueOf(earlier)));
                continue;
            }
            ProductContentForm form = new ProductContentForm();
            form.setHeadline(value(record, "headline"));
            form.setBodyHtml(value(record, "description"));
            form.setBullets(Arrays.stream(value(record, "bullets").split("\\|")).map(String::strip).collect(Collectors.joining("\n")));
            Set<ConstraintViolation<ProductContentForm>> violations = validator.validate(form);
            if (!violations.isEmpty()) {
                report.add(new Line(lineNumber, sku, Outcome.INVALID, violations.stream().map(ConstraintViolation::getMessage)
                        .sorted().collect(Collectors.joining(" "))));
                continue;
            }
            rows.add(new Row(lineNumber, sku, form));
        }
        Set<String> known = new LinkedHashSet<>();
        for (Item item : erp.items(rows.stream().map(Row::sku).toList())) {
            known.add(item.sku());
        }
        for (Row row : rows) {
            if (!known.contains(row.sku())) {
                report.add(new Line(row.lineNumber(), row.sku(), Outcome.UNKNOWN_SKU, null));
                continue;
            }
            contents.save(row.sku(), row.form().toEdit(), by);
            report.add(new Line(row.lineNumber(), row.sku(), Outcome.SAVED, null));
        }
        report.sort((a, b) -> Long.compare(a.lineNumber(), b.lineNumber()));
        Report done = new Report(List.copyOf(report), null, null);
        audit.record(by, null, AuditLog.Action.PRODUCT_CONTENT_IMPORTED, done.saved() + " saved, " + done.refused() + " refused",
                remoteAddress);
        return done;
    }

    private static Report problem(String code, Object argument) {
        return new Report(List.of(), code, argument);
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    private static List<Integer> newlines(String text) {
        List<Integer> positions = new ArrayList<>();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            positions.add(i);
        }
        return positions;
    }

    // the line of the file a record starts on (a quoted description may span lines), counting from 1
    private static long lineOf(List<Integer> newlines, long characterPosition) {
        int found = Collections.binarySearch(newlines, (int) characterPosition);
        return 1 + (found >= 0 ? found : -found - 1);
    }
}
