package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.testkit.Generators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Damaged customer documents for {@link CustomerJson#read(String)}, as {@link HostileInputFuzzTest} does for segments:
 * each must give a customer or a {@link CustomerJsonException} whose message starts with a JSONPath; anything else is
 * a finding, tallied and printed with its first input. The valid documents come from the test kit's random customers
 * under a fixed seed, the damage from {@link DocumentMutator} with the same seed. A larger run:
 *
 * <pre>
 * ./mvnw -o verify -pl segmentation-core,segmentation-testkit,segmentation-jackson -Djacoco.skip=true \
 *     -Dtest=CustomerJsonFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.customers=200000
 * </pre>
 */
class CustomerJsonFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_207L);
    private static final int DOCUMENTS = Integer.getInteger("fuzz.customers", 5_000);
    private static final int VALID_INPUTS = 300;

    @Test
    void damaged_documents_give_a_customer_or_a_customer_json_error() {
        List<String> valid = new ArrayList<>();
        qt().withFixedSeed(SEED)
                .withExamples(VALID_INPUTS)
                .forAll(Generators.customers())
                .checkAssert(c -> valid.add(CustomerJson.write(c)));
        DocumentMutator mutator = new DocumentMutator(new SplittableRandom(SEED));
        SplittableRandom pick = new SplittableRandom(SEED + 1);
        FuzzFindings findings = new FuzzFindings("customer documents (seed " + SEED + ")");
        // A guard against a hang, not a benchmark: documents take well under a millisecond each.
        assertTimeoutPreemptively(Duration.ofMinutes(2).plusMillis(20L * DOCUMENTS), () -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                String json = mutator.mutate(valid.get(pick.nextInt(valid.size())));
                long start = System.nanoTime();
                try {
                    assertThat(CustomerJson.read(json)).isNotNull();
                    findings.value(json, System.nanoTime() - start);
                } catch (CustomerJsonException e) {
                    if (e.getMessage().startsWith("$")) {
                        findings.documentedError(json, System.nanoTime() - start);
                    } else {
                        findings.finding(json, e, System.nanoTime() - start);
                    }
                } catch (Throwable e) {
                    findings.finding(json, e, System.nanoTime() - start);
                }
            }
        });
        System.out.print(findings.summary());
        assertThat(findings.findingCount()).as(findings.summary()).isZero();
    }
}
