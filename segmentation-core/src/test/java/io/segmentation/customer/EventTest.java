package io.segmentation.customer;

import static io.segmentation.customer.Samples.assertUnmodifiable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTest {

    private static final Instant AT = Instant.parse("2026-05-20T08:00:00Z");

    @Test
    void of_without_properties_has_none() {
        Event event = Event.of("page_view", AT);

        assertThat(event.type()).isEqualTo("page_view");
        assertThat(event.instant()).isEqualTo(AT);
        assertThat(event.properties()).isEmpty();
    }

    @Test
    void keeps_string_and_boolean_properties() {
        Event event = Event.of("page_view", AT, Map.of("path", "/shoes/trail", "bounced", true));

        assertThat(event.property("path")).contains("/shoes/trail");
        assertThat(event.property("bounced")).contains(true);
    }

    @Test
    void stores_any_number_as_double() {
        Event event = Event.of(
                "search", AT, Map.of("results", 3, "score", 0.5f, "price", new BigDecimal("19.99"), "big", 7L));

        assertThat(event.properties())
                .containsEntry("results", 3.0)
                .containsEntry("score", 0.5)
                .containsEntry("price", 19.99)
                .containsEntry("big", 7.0);
    }

    @Test
    void numbers_of_equal_value_give_equal_events() {
        assertThat(Event.of("search", AT, Map.of("results", 3)))
                .isEqualTo(Event.of("search", AT, Map.of("results", 3.0)));
    }

    @Test
    void property_is_empty_when_absent() {
        assertThat(Event.of("page_view", AT).property("path")).isEmpty();
    }

    @Test
    void properties_reject_unsupported_type_naming_key_and_type() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Event.of("page_view", AT, Map.of("at", AT)))
                .withMessage("properties['at']: java.time.Instant is not a String, Boolean or Number");
    }

    @Test
    void properties_reject_non_finite_number() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Event.of("search", AT, Map.of("score", Double.NaN)))
                .withMessage("properties['score']: NaN is not finite");
    }

    @Test
    void properties_reject_blank_key() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Event.of("search", AT, Map.of(" ", "x")))
                .withMessage("properties: key ' ' must not be blank");
    }

    @Test
    void properties_reject_null_value_naming_key() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("path", null);

        assertThatNullPointerException()
                .isThrownBy(() -> Event.of("page_view", AT, properties))
                .withMessage("properties['path']: null value");
    }

    @Test
    void type_rejects_blank() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Event.of("", AT))
                .withMessage("type: '' must not be blank");
    }

    @Test
    void properties_are_an_immutable_copy() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("path", "/a");
        Event event = Event.of("page_view", AT, properties);

        properties.put("path", "/b");

        assertThat(event.property("path")).contains("/a");
        assertUnmodifiable(event.properties());
    }

    @Test
    void toString_is_concise() {
        assertThat(Event.of("page_view", AT, Map.of("path", "/shoes/trail")))
                .hasToString("Event{type=page_view, instant=2026-05-20T08:00:00Z, properties={path=/shoes/trail}}");
    }

    @Test
    void equals_is_structural() {
        new EqualsTester()
                .addEqualityGroup(Event.of("page_view", AT), Event.of("page_view", AT, Map.of()))
                .addEqualityGroup(Event.of("click", AT))
                .addEqualityGroup(Event.of("page_view", AT.plusMillis(1)))
                .addEqualityGroup(
                        Event.of("page_view", AT, Map.of("path", "/a", "n", 1)),
                        Event.of("page_view", AT, Map.of("n", 1.0, "path", "/a")))
                .addEqualityGroup(Event.of("page_view", AT, Map.of("path", "/b")))
                .testEquals();
    }

    @Test
    void public_methods_reject_null() {
        NullPointerTester tester = new NullPointerTester().setDefault(Instant.class, AT);
        tester.testAllPublicStaticMethods(Event.class);
        tester.testAllPublicInstanceMethods(Event.of("page_view", AT, Map.of("path", "/")));
    }
}
