package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RfmScoreTest {

    @Test
    void fm_is_the_average_of_frequency_and_monetary() {
        assertThat(new RfmScore(5, 4, 3).fm()).isEqualTo(3.5);
    }

    @Test
    void code_reads_recency_frequency_monetary_as_digits() {
        assertThat(new RfmScore(5, 4, 3).code()).isEqualTo(543);
    }

    @Test
    void segment_is_the_named_segment_of_recency_and_fm() {
        // R 5, FM 3.5 -> Loyal Customers (R 4-5, FM 3-3.5)
        assertThat(new RfmScore(5, 4, 3).segment()).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
    }

    @Test
    void scores_at_the_bounds_are_accepted() {
        assertThat(new RfmScore(1, 1, 1).code()).isEqualTo(111);
        assertThat(new RfmScore(5, 5, 5).code()).isEqualTo(555);
    }

    @Test
    void scores_below_one_are_rejected() {
        assertThatThrownBy(() -> new RfmScore(0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recency score must be between 1 and 5 but was 0");
    }

    @Test
    void scores_above_five_are_rejected() {
        assertThatThrownBy(() -> new RfmScore(1, 1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("monetary score must be between 1 and 5 but was 6");
        assertThatThrownBy(() -> new RfmScore(1, 6, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frequency score must be between 1 and 5 but was 6");
    }
}
