package io.segmentation.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.Iterables;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.ProgressListener;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.examples.data.SampleData;
import io.segmentation.testkit.PopulationSpec;
import io.segmentation.testkit.Populations;
import io.segmentation.testkit.TestKit;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * The nightly batch of an e-commerce backend: assign every customer to segments — exclusively, by priority, for
 * campaigns that must not reach anybody twice, and overlapping, for audiences — and export each segment's member ids
 * as CSV for the e-mail and ads tools, with a progress bar on the console for large inputs.
 *
 * <p>Customers are processed in chunks of {@value #CHUNK} (each chunk assigned in parallel by {@link
 * SegmentEngine#assign(Iterable, EvaluationContext, AssignmentMode, Executor)} on the executor given, so a server
 * running the batch keeps it off its request threads), and member ids are streamed to the files as chunks finish, so
 * the exports never hold more than one chunk's ids in memory. Progress goes to a {@link ProgressListener} as phase
 * {@value #PHASE}, counted in customers; from {@link #main}, to a {@link ProgressBar} that redraws in place on a
 * terminal and prints plain lines when the output is a log or a pipe. It writes, under the output directory:
 *
 * <ul>
 *   <li>{@code exclusive/<segment>.csv} and {@code overlapping/<segment>.csv}: one {@code customer_id} per line after
 *       a header;
 *   <li>{@code assignments.csv}: {@code customer_id,exclusive_segment,segments} for every customer (segments joined
 *       by {@code ;}, empty when none);
 *   <li>{@code report.txt} and {@code report.html} ({@link #writeReport}): what each segment is worth.
 * </ul>
 *
 * <p>Run it on the sample data with {@code ./mvnw -q -pl segmentation-examples -am compile exec:java
 * -Dexec.mainClass=io.segmentation.examples.NightlyBatch}, or on a million generated customers with {@code
 * -Dexec.args="target/nightly --synthetic 1000000"}: those customers come from the test kit's {@link
 * Populations#stream(long, long)} and are generated as the batch reaches them, so memory stays flat.
 *
 * @since 0.1.0
 */
public final class NightlyBatch {

    /** How many customers are assigned at a time. */
    public static final int CHUNK = 10_000;

    /**
     * The progress phase of {@link #run(Iterable, long, List, EvaluationContext, Path, Executor, ProgressListener)}.
     *
     * @since 0.2.0
     */
    public static final String PHASE = "assign";

    private NightlyBatch() {}

    /**
     * What a run produced.
     *
     * @param customers how many customers were assigned
     * @param exclusiveSizes each segment's size when every customer is in at most one segment, the first that matches
     * @param overlappingSizes each segment's size when customers may be in several segments
     * @param unassigned customers in no segment
     * @param files the files written, in the order written
     * @since 0.1.0
     */
    public record Result(
            long customers,
            Map<Segment<Customer>, Long> exclusiveSizes,
            Map<Segment<Customer>, Long> overlappingSizes,
            long unassigned,
            List<Path> files) {

        /**
         * Copies the collections.
         *
         * @param customers how many customers were assigned
         * @param exclusiveSizes sizes in exclusive assignment
         * @param overlappingSizes sizes in overlapping assignment
         * @param unassigned customers in no segment
         * @param files the files written
         */
        public Result {
            exclusiveSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exclusiveSizes));
            overlappingSizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overlappingSizes));
            files = List.copyOf(files);
        }
    }

    /**
     * Assigns customers to segments and writes the exports, with a progress bar on {@code console} (redrawn in place
     * on a terminal, plain lines otherwise) and the work on the common fork-join pool.
     *
     * @param customers the customers; iterated once
     * @param total how many customers there are, for the progress bar
     * @param segments the segments in priority order (specific before broad, see {@link ExampleSegments#PRIORITY}), each
     *     with a distinct name
     * @param context when to evaluate
     * @param directory the output directory, created if missing; existing exports are replaced
     * @param console where the progress bar is drawn
     * @return sizes and files
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if a segment has no name or two segments' file names coincide
     */
    public static Result run(
            Iterable<Customer> customers,
            long total,
            List<Segment<Customer>> segments,
            EvaluationContext context,
            Path directory,
            PrintStream console)
            throws IOException {
        ProgressBar bar = new ProgressBar(console, ProgressBar.Mode.detect());
        Result result = run(customers, total, segments, context, directory, ForkJoinPool.commonPool(), bar);
        bar.finish();
        return result;
    }

    /**
     * Assigns customers to segments and writes the exports, with the assignment on {@code executor} and progress
     * reported to {@code progress} as phase {@value #PHASE}: 0 at the start, then after each chunk of
     * {@value #CHUNK} customers, up to {@code total}.
     *
     * <pre>{@code
     * ExecutorService nightly = Executors.newFixedThreadPool(2);       // not the pool that serves requests
     * NightlyBatch.run(customers, count, segments, context, directory, nightly,
     *         (phase, done, total) -> log.info("{}: {} of {} customers", phase, done, total));
     * }</pre>
     *
     * @param customers the customers; iterated once
     * @param total how many customers there are, at least 0
     * @param segments the segments in priority order, each with a distinct name
     * @param context when to evaluate
     * @param directory the output directory, created if missing; existing exports are replaced
     * @param executor runs the assignment of each chunk; the calling thread writes the files
     * @param progress told how many customers are done
     * @return sizes and files
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if a segment has no name, two segments' file names coincide, or
     *     {@code total} is negative
     * @since 0.2.0
     */
    public static Result run(
            Iterable<Customer> customers,
            long total,
            List<Segment<Customer>> segments,
            EvaluationContext context,
            Path directory,
            Executor executor,
            ProgressListener progress)
            throws IOException {
        if (total < 0) {
            throw new IllegalArgumentException("total must be at least 0, was " + total);
        }
        if (executor == null) {
            throw new NullPointerException("executor");
        }
        if (progress == null) {
            throw new NullPointerException("progress");
        }
        SegmentEngine<Customer> engine = SegmentEngine.of(segments);
        Map<Segment<Customer>, String> fileNames = fileNames(segments);
        List<Path> files = new ArrayList<>();
        Map<Segment<Customer>, BufferedWriter> exclusive = new LinkedHashMap<>();
        Map<Segment<Customer>, BufferedWriter> overlapping = new LinkedHashMap<>();
        Map<Segment<Customer>, Long> exclusiveSizes = new LinkedHashMap<>();
        Map<Segment<Customer>, Long> overlappingSizes = new LinkedHashMap<>();
        long count = 0;
        long unassigned = 0;
        try (Writers writers = new Writers()) {
            for (Segment<Customer> segment : segments) {
                exclusive.put(
                        segment, writers.open(directory.resolve("exclusive").resolve(fileNames.get(segment)), files));
                overlapping.put(
                        segment, writers.open(directory.resolve("overlapping").resolve(fileNames.get(segment)), files));
                exclusiveSizes.put(segment, 0L);
                overlappingSizes.put(segment, 0L);
            }
            BufferedWriter all = writers.open(directory.resolve("assignments.csv"), files);
            all.write("customer_id,exclusive_segment,segments\n");
            for (BufferedWriter writer : Iterables.concat(exclusive.values(), overlapping.values())) {
                writer.write("customer_id\n");
            }
            progress.onProgress(PHASE, 0, total);
            long reported = 0;
            for (List<Customer> chunk : Iterables.partition(customers, CHUNK)) {
                Assignment<Customer> first = engine.assign(chunk, context, AssignmentMode.EXCLUSIVE, executor);
                Assignment<Customer> every = engine.assign(chunk, context, AssignmentMode.OVERLAPPING, executor);
                for (Segment<Customer> segment : segments) {
                    exclusiveSizes.merge(
                            segment, (long) export(first.members(segment), exclusive.get(segment)), Long::sum);
                    overlappingSizes.merge(
                            segment, (long) export(every.members(segment), overlapping.get(segment)), Long::sum);
                }
                for (Customer customer : chunk) {
                    List<String> names = new ArrayList<>();
                    engine.segmentsOf(customer, context)
                            .forEach(s -> names.add(s.name().orElseThrow()));
                    String winner = engine.firstSegmentOf(customer, context)
                            .map(s -> s.name().orElseThrow())
                            .orElse("");
                    all.write(Csv.row(customer.id(), winner, String.join(";", names)));
                }
                unassigned += first.unassigned().size();
                count += chunk.size();
                if (Math.min(count, total) > reported) {
                    reported = Math.min(count, total);
                    progress.onProgress(PHASE, reported, total);
                }
            }
        }
        return new Result(count, exclusiveSizes, overlappingSizes, unassigned, files);
    }

    /**
     * Writes the night's report: {@code report.txt} (the segment report, the diagnostics and the RFM segments as
     * text) and {@code report.html} (the segment report as one self-contained page with charts).
     *
     * @param customers the population
     * @param segments the segments, each named
     * @param context when to evaluate
     * @param directory the output directory, created if missing
     * @return the reports and fitted models
     * @throws IOException if a file cannot be written
     */
    public static SegmentValue writeReport(
            Collection<Customer> customers, List<Segment<Customer>> segments, EvaluationContext context, Path directory)
            throws IOException {
        SegmentValue value = SegmentValue.of(customers, segments, context);
        Files.createDirectories(directory);
        String text = value.report().toText() + "\n" + value.diagnostics().toText() + "\n"
                + value.rfm().toText() + "\n" + SegmentValue.P_ALIVE_NOTE + "\n\nModels: " + value.models() + "\n";
        Files.writeString(directory.resolve("report.txt"), text, UTF_8);
        value.report().writeHtml(directory.resolve("report.html"));
        return value;
    }

    private static int export(List<Customer> members, BufferedWriter writer) throws IOException {
        for (Customer member : members) {
            writer.write(Csv.row(member.id()));
        }
        return members.size();
    }

    /** A file name for each segment: its name in lower case, other characters than letters, digits, - and _ as _. */
    private static Map<Segment<Customer>, String> fileNames(List<Segment<Customer>> segments) {
        Map<Segment<Customer>, String> names = new LinkedHashMap<>();
        Map<String, String> taken = new LinkedHashMap<>();
        for (Segment<Customer> segment : segments) {
            String name = segment.name()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "segments: every segment needs a name, " + segment + " has none"));
            String file = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_") + ".csv";
            String before = taken.put(file, name);
            if (before != null) {
                throw new IllegalArgumentException(
                        "segments '" + before + "' and '" + name + "' would both be exported to " + file);
            }
            names.put(segment, file);
        }
        return names;
    }

    /** Writers closed together; the first failure wins. */
    private static final class Writers implements AutoCloseable {
        private final List<BufferedWriter> open = new ArrayList<>();

        BufferedWriter open(Path file, List<Path> files) throws IOException {
            Files.createDirectories(file.getParent());
            BufferedWriter writer = Files.newBufferedWriter(file, UTF_8);
            open.add(writer);
            files.add(file);
            return writer;
        }

        @Override
        public void close() throws IOException {
            IOException failure = null;
            for (BufferedWriter writer : open) {
                try {
                    writer.close();
                } catch (IOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /**
     * Runs the batch on the sample data (or {@code --synthetic N} generated customers) as of {@link Tour#AS_OF} and
     * prints the sizes.
     *
     * @param args {@code [outputDirectory] [--synthetic N]}; the directory defaults to {@code target/nightly}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path directory = Paths.get("target", "nightly");
        long synthetic = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--synthetic") && i + 1 < args.length) {
                synthetic = Long.parseLong(args[++i]);
            } else {
                directory = Paths.get(args[i]);
            }
        }
        // Specific before broad: exclusive assignment gives each customer the first segment that matches.
        List<Segment<Customer>> segments = ExampleSegments.PRIORITY;
        PrintStream out = new PrintStream(System.out, true, UTF_8);
        EvaluationContext context = EvaluationContext.asOf(Tour.AS_OF);
        Result result;
        if (synthetic > 0) {
            // Streamed: customer i is generated when the batch reaches it, so memory stays flat for any size.
            long count = synthetic;
            Iterable<Customer> customers = () -> Populations.stream(
                            count,
                            TestKit.DEFAULT_SEED,
                            PopulationSpec.defaults().toBuilder()
                                    .asOf(Tour.AS_OF)
                                    .build())
                    .iterator();
            result = run(customers, count, segments, context, directory, out);
        } else {
            List<Customer> customers = SampleData.load();
            result = run(customers, customers.size(), segments, context, directory, out);
            writeReport(customers, segments, context, directory);
        }
        out.printf(Locale.ROOT, "%n%-26s %10s %12s%n", "SEGMENT", "EXCLUSIVE", "OVERLAPPING");
        for (Segment<Customer> segment : segments) {
            out.printf(
                    Locale.ROOT,
                    "%-26s %,10d %,12d%n",
                    segment.name().orElseThrow(),
                    result.exclusiveSizes().get(segment),
                    result.overlappingSizes().get(segment));
        }
        out.printf(
                Locale.ROOT,
                "%-26s %,10d%n%nWrote %d exports%s under %s%n",
                "(in no segment)",
                result.unassigned(),
                result.files().size(),
                synthetic > 0 ? " (no report: it needs the population in memory)" : ", report.txt and report.html",
                directory.toAbsolutePath().normalize());
    }
}
