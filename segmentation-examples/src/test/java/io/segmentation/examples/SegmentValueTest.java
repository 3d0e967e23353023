package io.segmentation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.examples.ExampleSegments.Example;
import io.segmentation.examples.data.SampleData;
import org.junit.jupiter.api.Test;

class SegmentValueTest {

    private static final EvaluationContext JUNE = EvaluationContext.asOf(Tour.AS_OF);

    @Test
    void the_p_alive_note_describes_the_sample() {
        SegmentValue value = SegmentValue.of(
                SampleData.load(),
                ExampleSegments.ALL.stream().map(Example::segment).toList(),
                JUNE);

        double champions = pAlive(value, "Champions");
        assertThat(pAlive(value, "Lost")).isGreaterThan(champions);
        assertThat(pAlive(value, "Hibernating")).isGreaterThan(champions);
        assertThat(SegmentValue.P_ALIVE_NOTE).contains("Lost", "Hibernating", "Champions", "P(alive) = 1");
    }

    private static double pAlive(SegmentValue value, String rfmSegment) {
        return value.rfm().rows().stream()
                .filter(row -> row.label().equals(rfmSegment))
                .findFirst()
                .orElseThrow()
                .cell("P(alive)")
                .value()
                .orElseThrow();
    }
}
