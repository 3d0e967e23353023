package io.segmentation.testkit;

import static io.segmentation.Attributes.age;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Criterion;
import io.segmentation.customer.Customer;
import io.segmentation.testkit.BoundaryCase.Position;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoundaryCaseTest {

    @SuppressWarnings("unchecked")
    private static final Criterion.Comparison<Customer, ?> ADULT =
            (Criterion.Comparison<Customer, ?>) age().atLeast(18);

    private static final Customer ANYONE = Customer.builder("c-1").build();

    @Test
    void rejects_a_bound_and_value_of_different_types() {
        assertThatThrownBy(() -> new BoundaryCase("d", ADULT, 18.0, Instant.EPOCH, Position.ON, ANYONE, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bound 18.0 and value 1970-01-01T00:00:00Z must both be numbers or both be instants");
    }

    @Test
    void rejects_null_components_by_name() {
        assertThatThrownBy(() -> new BoundaryCase(null, ADULT, 18.0, 18.0, Position.ON, ANYONE, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("description");
        assertThatThrownBy(() -> new BoundaryCase("d", ADULT, 18.0, 18.0, Position.ON, null, true))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("customer");
    }
}
