package io.segmentation.customer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Small builders of sample data shared by the tests of this package. */
final class Samples {

    static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    private Samples() {}

    /** Returns {@link #T0} plus {@code days} days. */
    static Instant day(int days) {
        return T0.plusSeconds(86_400L * days);
    }

    static Order order(String id, Instant instant) {
        return Order.builder(id, instant, new BigDecimal("10.00")).build();
    }

    static Order order(String id, int day) {
        return order(id, day(day));
    }

    static Event event(String type, int day) {
        return Event.of(type, day(day));
    }

    // The parameters are typed as the JDK interfaces so that calling a mutator compiles: Error Prone's DoNotCall
    // rejects calling one on a variable whose type is known to be immutable.
    static void assertUnmodifiable(Collection<?> collection) {
        assertThatThrownBy(collection::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    static void assertUnmodifiable(Map<?, ?> map) {
        assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
