package io.segmentation.predict;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CDNOW 1/10th sample (Fader, Hardie and Lee 2005) from the test resources: the two published calibration
 * summaries and the raw transactions as {@link Customer}s. See {@code README.md} beside the files for their source.
 */
final class Cdnow {

    /** The end of the calibration period: 1997-09-30, the last of its 39 weeks (orders are dated at midnight UTC). */
    static final Instant CALIBRATION_END = Instant.parse("1997-09-30T00:00:00Z");

    private Cdnow() {}

    /** A row of a summary file, with its sample id. */
    record Row(int id, CustomerSummary summary) {}

    /** {@code cdnow_customers_summary.csv}: {@code ID,frequency,recency,T} in weeks. */
    static List<Row> summaries() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines("cdnow_customers_summary.csv", true)) {
            String[] f = line.split(",");
            rows.add(new Row(
                    Integer.parseInt(f[0]),
                    CustomerSummary.of(
                            Integer.parseInt(f[1]),
                            Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]),
                            ChronoUnit.WEEKS)));
        }
        return rows;
    }

    /** {@code cdnow_customers_summary_with_transactions.csv}: {@code ID,x,t_x,T,zbar}, weeks and USD. */
    static List<Row> summariesWithSpend() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines("cdnow_customers_summary_with_transactions.csv", true)) {
            String[] f = line.split(",");
            rows.add(new Row(
                    Integer.parseInt(f[0]),
                    CustomerSummary.of(
                            Integer.parseInt(f[1]),
                            Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]),
                            Double.parseDouble(f[4]),
                            ChronoUnit.WEEKS)));
        }
        return rows;
    }

    /** {@code CDNOW_sample.txt} as customers with id the sample id, one order per line at midnight UTC. */
    static List<Customer> customers() {
        Map<String, Customer.Builder> builders = new LinkedHashMap<>();
        DateTimeFormatter date = DateTimeFormatter.BASIC_ISO_DATE;
        int line = 0;
        for (String text : lines("CDNOW_sample.txt", false)) {
            String[] f = text.trim().split("\\s+");
            Instant at =
                    LocalDate.parse(f[2], date).atStartOfDay(ZoneOffset.UTC).toInstant();
            Order order =
                    Order.builder("line-" + line++, at, new BigDecimal(f[4])).build();
            builders.computeIfAbsent(f[1], Customer::builder).order(order);
        }
        List<Customer> customers = new ArrayList<>();
        builders.values().forEach(b -> customers.add(b.build()));
        return customers;
    }

    private static List<String> lines(String resource, boolean header) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Cdnow.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line;
            boolean first = header;
            while ((line = reader.readLine()) != null) {
                if (first) {
                    first = false;
                } else if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
