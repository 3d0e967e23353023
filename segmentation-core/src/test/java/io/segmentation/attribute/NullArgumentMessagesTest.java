package io.segmentation.attribute;

import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.lastPurchase;
import static io.segmentation.Attributes.tags;
import static io.segmentation.Attributes.totalSpent;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.Collection;
import org.junit.jupiter.api.Test;

/** A null argument to an operator fails naming the operator, the parameter and the attribute. */
class NullArgumentMessagesTest {

    @Test
    void set_contains_null_is_not_quoted() {
        assertThatNullPointerException()
                .isThrownBy(() -> tags().contains(null))
                .withMessageStartingWith("contains(null): ")
                .withMessageContaining("for attribute 'tags'");
    }

    @Test
    void set_contains_any_names_the_attribute() {
        assertThatNullPointerException()
                .isThrownBy(() -> tags().containsAny((String[]) null))
                .withMessage("containsAny(null): elements is null for attribute 'tags'");
        assertThatNullPointerException()
                .isThrownBy(() -> tags().containsAll((Collection<String>) null))
                .withMessage("containsAll(null): elements is null for attribute 'tags'");
    }

    @Test
    void text_in_names_the_attribute() {
        assertThatNullPointerException()
                .isThrownBy(() -> country().in((String[]) null))
                .withMessage("in(null): values is null for attribute 'country'");
    }

    @Test
    void number_in_names_the_attribute() {
        assertThatNullPointerException()
                .isThrownBy(() -> totalSpent().in((double[]) null))
                .withMessage("in(null): values is null for attribute 'total_spent'");
    }

    @Test
    void instant_bounds_name_the_attribute() {
        assertThatNullPointerException()
                .isThrownBy(() -> lastPurchase().before((Instant) null))
                .withMessage("before(null): instant is null for attribute 'last_purchase'");
        assertThatNullPointerException()
                .isThrownBy(() -> lastPurchase().between(null, Instant.EPOCH))
                .withMessage("between(null): from is null for attribute 'last_purchase'");
    }
}
