package io.segmentation.attribute;

import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.totalSpent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowedNumberAttributeTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);
    private static final Duration DAYS_30 = Duration.ofDays(30);

    @Test
    void without_a_window_it_covers_everything() {
        assertThat(purchases().window()).isEqualTo(Window.all());
    }

    @Test
    void in_last_sets_a_last_window() {
        assertThat(purchases().inLast(DAYS_30).window()).isEqualTo(Window.last(DAYS_30));
    }

    @Test
    void during_sets_a_between_window() {
        Instant from = AS_OF.minus(DAYS_30);

        assertThat(purchases().during(from, AS_OF).window()).isEqualTo(Window.between(from, AS_OF));
    }

    @Test
    void over_sets_the_given_window() {
        assertThat(purchases().over(Window.last(DAYS_30))).isEqualTo(purchases().inLast(DAYS_30));
    }

    @Test
    void in_last_keeps_the_name() {
        assertThat(totalSpent().inLast(DAYS_30).name()).isEqualTo("total_spent");
    }

    @Test
    void in_last_rejects_a_zero_duration_naming_attribute() {
        assertThatThrownBy(() -> purchases().inLast(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inLast(PT0S)")
                .hasMessageContaining("positive")
                .hasMessageContaining("'purchases'");
    }

    @Test
    void in_last_rejects_a_negative_duration_naming_attribute() {
        assertThatThrownBy(() -> purchases().inLast(Duration.ofDays(-30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inLast(PT-720H)")
                .hasMessageContaining("'purchases'");
    }

    @Test
    void during_rejects_an_end_before_the_start_naming_attribute_and_instants() {
        Instant from = AS_OF;
        Instant to = AS_OF.minus(DAYS_30);

        assertThatThrownBy(() -> purchases().during(from, to))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("during(" + from + ", " + to + ")")
                .hasMessageContaining("'purchases'");
    }

    @Test
    void in_last_twice_is_rejected() {
        WindowedNumberAttribute<Customer> windowed = purchases().inLast(DAYS_30);

        assertThatThrownBy(() -> windowed.inLast(Duration.ofDays(7)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("purchases(last 30d)")
                .hasMessageContaining("already has a window");
    }

    @Test
    void during_after_in_last_is_rejected() {
        WindowedNumberAttribute<Customer> windowed = purchases().inLast(DAYS_30);

        assertThatThrownBy(() -> windowed.during(AS_OF.minus(DAYS_30), AS_OF))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void in_last_after_during_is_rejected() {
        WindowedNumberAttribute<Customer> windowed = totalSpent().during(AS_OF.minus(DAYS_30), AS_OF);

        assertThatThrownBy(() -> windowed.inLast(DAYS_30)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void in_last_rejects_null() {
        assertThatThrownBy(() -> purchases().inLast(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        WindowedNumberAttribute<Customer> purchases = purchases();
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Duration.class, DAYS_30)
                .setDefault(Window.class, Window.last(DAYS_30))
                .setDefault(Object.class, Customer.builder("c-1").build());
        NumberAttributeTest.ignoreReaders(tester, purchases);
        tester.testAllPublicInstanceMethods(purchases);
    }
}
