package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.Generators;
import io.segmentation.text.SegmentParser;
import io.segmentation.text.SegmentQuery;
import io.segmentation.text.SegmentSyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A reproducible fuzz harness for hostile input: damaged queries for {@link SegmentQuery} and damaged documents for
 * {@link SegmentJson#read(String, AttributeRegistry)} and {@link QueryBuilderJson#read(String, AttributeRegistry)}.
 * Each input must give a segment or a documented exception — {@link SegmentSyntaxException} (with a positive line and
 * column) for text, {@link SegmentJsonException} (with a JSONPath) for JSON. Anything else — a
 * {@code NullPointerException}, an {@code IllegalStateException}, a {@code StackOverflowError}, an
 * {@code OutOfMemoryError} — is a finding: the run tallies findings by exception and throwing frame, prints the first
 * input of each, and fails.
 *
 * <p>The valid inputs come from the test kit's generators under a fixed seed; the damage (see {@link QueryMutator}
 * and {@link DocumentMutator}) from a {@link SplittableRandom} with the same seed, so a run is the same on every
 * machine. {@code ./mvnw verify} runs a small volume (20,000 queries, 5,000 documents). The full volume:
 *
 * <pre>
 * ./mvnw -o verify -pl segmentation-core,segmentation-testkit,segmentation-jackson -Djacoco.skip=true \
 *     -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dfuzz.queries=1000000 -Dfuzz.documents=200000 -Dfuzz.seed=20261207
 * </pre>
 *
 * <p>The summary of each run (counts, slowest input, findings with their first input) is printed to standard output,
 * which surefire keeps in {@code target/surefire-reports/TEST-io.segmentation.jackson.HostileInputFuzzTest.xml}.
 */
class HostileInputFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_207L);
    private static final int QUERIES = Integer.getInteger("fuzz.queries", 20_000);
    private static final int DOCUMENTS = Integer.getInteger("fuzz.documents", 5_000);
    private static final int VALID_INPUTS = 500;
    private static final int PROGRESS_EVERY = 50_000;

    private static final AttributeRegistry<Customer> REGISTRY = Generators.registry();
    private static final SegmentParser<Customer> PARSER = SegmentQuery.parser(REGISTRY);

    /** Valid queries and documents, the same for a given seed. */
    private static List<String> valid(org.quicktheories.core.Gen<String> documents) {
        List<String> valid = new ArrayList<>();
        qt().withFixedSeed(SEED).withExamples(VALID_INPUTS).forAll(documents).checkAssert(valid::add);
        return valid;
    }

    private static Duration budget(int inputs) {
        // A guard against a hang, not a benchmark: inputs take about a millisecond each.
        return Duration.ofMinutes(2).plusMillis(20L * inputs);
    }

    @Test
    void damaged_queries_give_a_segment_or_a_syntax_error() {
        List<String> valid =
                valid(in -> SegmentQuery.toText(Generators.textSafeSegments().generate(in)));
        valid.add("city MATCHES '(a+)+$' AND occupation MATCHES '(x|x|x)*y'");
        valid.add("age BETWEEN 18 AND 25 AND purchases >= 3 AND country IN ('DE', 'FR') AND last_purchase > -30d");
        QueryMutator mutator = new QueryMutator(new SplittableRandom(SEED));
        SplittableRandom pick = new SplittableRandom(SEED + 1);
        FuzzFindings findings = new FuzzFindings("queries (seed " + SEED + ")");
        assertTimeoutPreemptively(budget(QUERIES), () -> {
            for (int i = 0; i < QUERIES; i++) {
                String query = mutator.mutate(valid.get(pick.nextInt(valid.size())));
                long start = System.nanoTime();
                try {
                    Segment<Customer> segment = PARSER.parse(query);
                    assertThat(segment).isNotNull();
                    findings.value(query, System.nanoTime() - start);
                } catch (SegmentSyntaxException e) {
                    if (e.line() > 0 && e.column() > 0) {
                        findings.documentedError(query, System.nanoTime() - start);
                    } else {
                        findings.finding(query, e, System.nanoTime() - start);
                    }
                } catch (Throwable e) {
                    findings.finding(query, e, System.nanoTime() - start);
                }
                progress(i, findings);
            }
        });
        System.out.print(findings.summary());
        assertThat(findings.findingCount()).as(findings.summary()).isZero();
    }

    @Test
    void damaged_documents_give_a_segment_or_a_json_error() {
        List<String> segments =
                valid(in -> SegmentJson.write(Generators.storableSegments().generate(in)));
        List<String> queries = valid(in -> QueryBuilderJson.write(
                Segment.where(QueryBuilderCriteria.criteria(2).generate(in))));
        DocumentMutator mutator = new DocumentMutator(new SplittableRandom(SEED));
        SplittableRandom pick = new SplittableRandom(SEED + 1);
        FuzzFindings segmentFindings = new FuzzFindings("SegmentJson documents (seed " + SEED + ")");
        FuzzFindings queryFindings = new FuzzFindings("react-querybuilder documents (seed " + SEED + ")");
        assertTimeoutPreemptively(budget(DOCUMENTS), () -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                if (i % 2 == 0) {
                    String json = mutator.mutate(segments.get(pick.nextInt(segments.size())));
                    read(json, j -> SegmentJson.read(j, REGISTRY), segmentFindings);
                } else {
                    String json = mutator.mutate(queries.get(pick.nextInt(queries.size())));
                    read(json, j -> QueryBuilderJson.read(j, REGISTRY), queryFindings);
                }
                progress(i, segmentFindings);
                progress(i, queryFindings);
            }
        });
        String summary = segmentFindings.summary() + queryFindings.summary();
        System.out.print(summary);
        assertThat(segmentFindings.findingCount() + queryFindings.findingCount())
                .as(summary)
                .isZero();
    }

    /** A line now and then, so that a long run shows how far it got. */
    private static void progress(int done, FuzzFindings findings) {
        if (done > 0 && done % PROGRESS_EVERY == 0) {
            System.out.print(findings.summary().lines().findFirst().orElse("") + System.lineSeparator());
        }
    }

    private static void read(String json, Function<String, Segment<Customer>> reader, FuzzFindings findings) {
        long start = System.nanoTime();
        try {
            assertThat(reader.apply(json)).isNotNull();
            findings.value(json, System.nanoTime() - start);
        } catch (SegmentJsonException e) {
            if (e.getMessage().startsWith("$")) {
                findings.documentedError(json, System.nanoTime() - start);
            } else {
                findings.finding(json, e, System.nanoTime() - start);
            }
        } catch (Throwable e) {
            findings.finding(json, e, System.nanoTime() - start);
        }
    }
}
