package io.segmentation.attribute;

import static io.segmentation.Attributes.property;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.customer.Event;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventPropertyTest {

    private static final Instant AS_OF = Instant.parse("2026-06-01T00:00:00Z");
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(AS_OF);

    private static final Event EVENT =
            Event.of("basket", AS_OF, Map.of("path", "/shoes/trail", "value", 59.9, "gift", true));

    @Test
    void reads_a_text_property() {
        assertThat(property("path").valueOf(EVENT, CONTEXT)).contains("/shoes/trail");
    }

    @Test
    void a_property_the_event_lacks_is_missing() {
        assertThat(property("referrer").valueOf(EVENT, CONTEXT)).isEmpty();
    }

    @Test
    void a_number_property_read_as_text_is_missing() {
        assertThat(property("value").valueOf(EVENT, CONTEXT)).isEmpty();
    }

    @Test
    void number_reads_a_number_property() {
        assertThat(property("value").number().valueOf(EVENT, CONTEXT)).contains(59.9);
    }

    @Test
    void number_of_a_text_property_is_missing() {
        assertThat(property("path").number().valueOf(EVENT, CONTEXT)).isEmpty();
    }

    @Test
    void bool_reads_a_boolean_property() {
        assertThat(property("gift").bool().valueOf(EVENT, CONTEXT)).contains(true);
    }

    @Test
    void bool_of_a_text_property_is_missing() {
        assertThat(property("path").bool().valueOf(EVENT, CONTEXT)).isEmpty();
    }

    @Test
    void properties_of_the_same_name_are_equal() {
        assertThat(property("path")).isEqualTo(property("path"));
        assertThat(property("path")).isNotEqualTo(property("value"));
    }

    @Test
    void a_property_read_as_number_differs_from_the_text_view() {
        assertThat(property("value").number()).isNotEqualTo(property("value"));
    }

    @Test
    void a_blank_name_is_rejected() {
        assertThatThrownBy(() -> property(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("property name");
    }

    @Test
    void a_null_name_is_rejected() {
        assertThatThrownBy(() -> property(null)).isInstanceOf(NullPointerException.class);
    }
}
