package io.segmentation.examples;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.totalSpent;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Explanation;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.examples.data.SampleData;
import io.segmentation.jackson.SegmentJson;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tour of the library on the bundled sample data: one segment of each kind, its definition and size, and why one
 * customer is in the combined segment and another is not; then the library inside a backend — the personalisation
 * endpoint answering over HTTP ({@link PersonalisationServer}), a month replayed into live segments ({@link
 * DynamicSegments}), the nightly batch with its CSV exports ({@link NightlyBatch}), the definitions stored as JSON and
 * read back ({@link StoredSegments}), and what each segment is worth ({@link SegmentValue}): a report with historic and
 * predicted figures, written as an HTML page at the end.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl segmentation-examples -am compile exec:java}.
 *
 * @since 0.1.0
 */
public final class Tour {

    /** The moment the tour evaluates segments at: the day after the sample data ends. */
    public static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");

    /** The width the table fits in, in characters: most terminals show 120 columns or more. */
    private static final int WIDTH = 116;

    /** Where a definition's line may break: the space before an {@code AND} or {@code OR}. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(" (?=(?:AND|OR|and|or) )");

    private Tour() {}

    /**
     * Prints the tour to standard output, in UTF-8, and writes its files under {@code target/segmentation-tour} (or the
     * directory given as the first argument).
     *
     * @param args optionally the output directory
     * @throws IOException if a file cannot be written or the endpoint cannot start
     * @throws InterruptedException if interrupted while calling the endpoint
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        // Encode ourselves: on JDK 17 System.out uses the platform charset, which can turn ✓ into '?'.
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        // A first sign of life: with -q, Maven has printed nothing while it compiled.
        out.println("Starting the Segmentation tour: loading the sample data…");
        out.println();
        Path directory = args.length > 0 ? Paths.get(args[0]) : Paths.get("target", "segmentation-tour");
        run(SampleData.load(), directory, out);
        out.flush();
    }

    /**
     * The whole tour: the segments and why a customer is (not) in one; the personalisation endpoint answering over
     * HTTP; a month of orders and events replayed into live segments; the nightly batch with its exports.
     *
     * @param customers the population
     * @param directory where the nightly batch writes its files
     * @param out where the tour is printed
     * @throws IOException if a file cannot be written or the endpoint cannot start
     * @throws InterruptedException if interrupted while calling the endpoint
     */
    public static void run(List<Customer> customers, Path directory, PrintStream out)
            throws IOException, InterruptedException {
        EvaluationContext context = EvaluationContext.asOf(AS_OF);
        List<Segment<Customer>> segments = new ArrayList<>();
        ExampleSegments.ALL.forEach(example -> segments.add(example.segment()));
        SegmentEngine<Customer> engine = SegmentEngine.of(segments);
        out.print(report(customers, context));

        StringBuilder section = new StringBuilder();
        heading(section, "1 · A personalisation endpoint (PersonalisationServer)");
        out.print(section);
        try (PersonalisationServer server =
                PersonalisationServer.start(0, customers, engine, Clock.fixed(AS_OF, ZoneOffset.UTC))) {
            URI uri = server.uri().resolve("/customers/" + customers.get(0).id() + "/segments");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
            out.printf(Locale.ROOT, "GET %s%n→ %d %s%n%n", uri, response.statusCode(), response.body());
        }

        section.setLength(0);
        heading(section, "2 · Segments that stay current (DynamicSegments)");
        out.print(section);
        DynamicSegments.Replay replay =
                DynamicSegments.replay(customers, engine, DynamicSegments.FROM, AS_OF, ZoneOffset.UTC);
        out.print(DynamicSegments.describe(replay, 12));
        out.println();

        section.setLength(0);
        heading(section, "3 · The nightly batch (NightlyBatch)");
        out.print(section);
        out.println("Exclusive assignment puts each customer in the first matching segment, so specific segments come"
                + " before broad");
        out.println("ones: with the broad dach first, near-berlin and dach-high-value-email (both inside dach) would"
                + " get nobody.");
        NightlyBatch.Result batch =
                NightlyBatch.run(customers, customers.size(), ExampleSegments.PRIORITY, context, directory, out);
        List<String> sizes = new ArrayList<>();
        batch.exclusiveSizes()
                .forEach((segment, size) -> sizes.add(segment.name().orElseThrow() + " " + size));
        StringBuilder line = new StringBuilder("Exclusive, in priority order:");
        for (int i = 0; i < sizes.size(); i++) {
            String item = " " + sizes.get(i) + (i < sizes.size() - 1 ? "," : "");
            if (line.length() + item.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
            }
            line.append(item);
        }
        out.println(line);
        out.printf(
                Locale.ROOT,
                "%,d customers: %,d in no segment; member ids of each segment written to %s%n",
                batch.customers(),
                batch.unassigned(),
                directory.resolve("exclusive").toAbsolutePath().normalize());
        out.println();

        section.setLength(0);
        heading(section, "4 · The definitions, stored as JSON (StoredSegments, segmentation-jackson)");
        out.print(section);
        Path stored = StoredSegments.write(segments, directory.resolve("segments.jsonl"));
        List<Segment<Customer>> readBack = StoredSegments.read(stored, AttributeRegistry.builtIn());
        out.printf(
                Locale.ROOT,
                "%d definitions written to %s, one segmentation/1 document a line; read back %s. The last one:%n%s%n%n",
                segments.size(),
                stored.toAbsolutePath().normalize(),
                readBack.equals(segments) ? "equal" : "DIFFERENT",
                SegmentJson.write(segments.get(segments.size() - 1)));

        section.setLength(0);
        heading(section, "5 · What the segments are worth (SegmentReport, segmentation-predict)");
        out.print(section);
        SegmentValue value = NightlyBatch.writeReport(customers, segments, context, directory);
        out.println("Fitted on the sample's own histories: " + value.models());
        out.println();
        out.println(value.report().toText());
        out.println(value.diagnostics().toText());
        out.println(value.rfm().toText());
        out.println(SegmentValue.P_ALIVE_NOTE);
        out.println();
        out.println("The HTML report (open it in a browser, it needs no network): "
                + directory.resolve("report.html").toAbsolutePath().normalize());
    }

    /**
     * The tour's text for a population.
     *
     * @param customers the population, at least one customer
     * @param context when to evaluate
     * @return the report, lines ending in {@code \n}
     */
    public static String report(List<Customer> customers, EvaluationContext context) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("customers: the tour needs at least one customer");
        }
        StringBuilder out = new StringBuilder();
        heading(out, "Segmentation tour");
        out.append(String.format(
                Locale.ROOT, "%d sample customers, evaluated as of %s.%n%n", customers.size(), context.asOf()));
        table(customers, context, out);
        out.append('\n');
        explanations(customers, context, ExampleSegments.DACH_HIGH_VALUE_EMAIL, out);
        return out.toString().replace(System.lineSeparator(), "\n").stripTrailing() + "\n";
    }

    private static void table(List<Customer> customers, EvaluationContext context, StringBuilder out) {
        List<String[]> rows = new ArrayList<>();
        for (Example example : ExampleSegments.ALL) {
            Segment<Customer> segment = example.segment();
            int size = SegmentMatcher.of(segment).filter(customers, context).size();
            rows.add(new String[] {
                example.kind(),
                segment.name().orElseThrow(),
                Integer.toString(size),
                String.format(Locale.ROOT, "%.1f%%", 100.0 * size / customers.size()),
                definition(segment)
            });
        }
        String[] header = {"KIND", "SEGMENT", "SIZE", "SHARE", "DEFINITION"};
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.max(row[i].length(), header[i].length()));
            }
        }
        String format = String.format(
                Locale.ROOT, "%%-%ds  %%-%ds  %%%ds  %%%ds  ", widths[0], widths[1], widths[2], widths[3]);
        int indent = widths[0] + widths[1] + widths[2] + widths[3] + 8;
        int definitionWidth = Math.max(30, WIDTH - indent);
        out.append(String.format(Locale.ROOT, format, (Object[]) header))
                .append(header[4])
                .append('\n');
        for (int width : widths) {
            out.append("─".repeat(width)).append("  ");
        }
        out.append("─".repeat(definitionWidth)).append('\n');
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, format, (Object[]) row));
            List<String> lines = wrap(row[4], definitionWidth);
            out.append(lines.get(0)).append('\n');
            for (String line : lines.subList(1, lines.size())) {
                out.append(" ".repeat(indent)).append(line).append('\n');
            }
        }
    }

    /** The segment's readable form without its name, which the table shows in its own column. */
    private static String definition(Segment<Customer> segment) {
        return Segment.where(segment.criterion()).toString();
    }

    private static void explanations(
            List<Customer> customers, EvaluationContext context, Segment<Customer> segment, StringBuilder out) {
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(segment);
        String name = segment.name().orElseThrow();
        Customer member = null;
        Customer nearMiss = null;
        int fewestFailures = Integer.MAX_VALUE;
        for (Customer customer : customers) {
            Explanation explanation = matcher.explain(customer, context);
            if (explanation.matched()) {
                if (member == null) {
                    member = customer;
                }
            } else if (explanation.failures().size() < fewestFailures) {
                nearMiss = customer;
                fewestFailures = explanation.failures().size();
            }
        }
        if (member != null) {
            heading(out, "Why " + member.id() + " is in " + name);
            explain(matcher, member, context, out);
        }
        if (nearMiss != null) {
            heading(out, "Why " + nearMiss.id() + " is not in " + name + " (the closest miss)");
            explain(matcher, nearMiss, context, out);
        }
    }

    private static void explain(
            SegmentMatcher<Customer> matcher, Customer customer, EvaluationContext context, StringBuilder out) {
        out.append(profile(customer, context)).append("\n\n");
        for (String line : matcher.explain(customer, context).toString().lines().toList()) {
            out.append("  ").append(line).append('\n');
        }
        out.append('\n');
    }

    /** One line about a customer: {@code c-0042 · female, 31 · Berlin, DE · 7 orders, 1,234.50 EUR spent}. */
    private static String profile(Customer customer, EvaluationContext context) {
        StringJoiner who = new StringJoiner(", ");
        customer.gender().ifPresent(who::add);
        age().valueOf(customer, context).ifPresent(a -> who.add(String.format(Locale.ROOT, "%.0f", a)));
        StringJoiner where = new StringJoiner(", ");
        customer.city().ifPresent(where::add);
        customer.country().ifPresent(where::add);
        int orders = customer.purchaseCountUpTo(context.asOf());
        double spent = totalSpent().readDouble(customer, context);
        StringJoiner line = new StringJoiner(" · ");
        line.add(customer.id());
        if (who.length() > 0) {
            line.add(who.toString());
        }
        if (where.length() > 0) {
            line.add(where.toString());
        }
        line.add(String.format(Locale.ROOT, "%d order%s, %,.2f EUR spent", orders, orders == 1 ? "" : "s", spent));
        if (!customer.subscriptions().isEmpty()) {
            line.add("subscribed to " + String.join(", ", customer.subscriptions()));
        }
        return line.toString();
    }

    static void heading(StringBuilder out, String title) {
        out.append(title).append('\n').append("═".repeat(title.length())).append("\n\n");
    }

    /**
     * {@code text} in lines of at most {@code width} characters, broken before {@code AND} and {@code OR} where
     * possible, otherwise between words; a word longer than a line gets a line of its own.
     */
    private static List<String> wrap(String text, int width) {
        List<String> clauses = new ArrayList<>();
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            clauses.add(text.substring(start, breaks.start()));
            start = breaks.end();
        }
        clauses.add(text.substring(start));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String clause : clauses) {
            List<String> words = List.of(clause);
            if (clause.length() > width) {
                words = List.of(clause.split(" ", -1));
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            for (String word : words) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
