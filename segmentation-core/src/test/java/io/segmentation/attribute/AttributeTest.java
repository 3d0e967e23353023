package io.segmentation.attribute;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.attribute;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.distanceKm;
import static io.segmentation.Attributes.event;
import static io.segmentation.Attributes.property;
import static io.segmentation.Attributes.purchasedProduct;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.subscribedTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.segmentation.EvaluationContext;
import io.segmentation.customer.Customer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));
    private static final Duration DAYS_30 = Duration.ofDays(30);

    private record Sample(Double score) {}

    @Test
    void attributes_with_the_same_family_name_and_parameters_are_equal() {
        new EqualsTester()
                .addEqualityGroup(age(), age(), Attribute.number("age", (Customer c) -> 1))
                .addEqualityGroup(Attribute.text("age", (Customer c) -> "x"))
                .addEqualityGroup(country())
                .addEqualityGroup(purchases())
                .addEqualityGroup(purchases().inLast(DAYS_30), purchases().inLast(DAYS_30))
                .addEqualityGroup(purchases().inLast(Duration.ofDays(7)))
                .addEqualityGroup(
                        purchases().during(Instant.EPOCH, CONTEXT.asOf()),
                        purchases().during(Instant.EPOCH, CONTEXT.asOf()))
                .addEqualityGroup(distanceKm(52.52, 13.405), distanceKm(52.52, 13.405))
                .addEqualityGroup(distanceKm(48.8566, 2.3522))
                .addEqualityGroup(purchasedProduct("sku-7"), purchasedProduct("sku-7"))
                .addEqualityGroup(purchasedProduct("sku-8"))
                .addEqualityGroup(subscribedTo("EMAIL"), subscribedTo("email"))
                .addEqualityGroup(event("page_view").count(), event("page_view").count())
                .addEqualityGroup(
                        event("page_view")
                                .where(property("path").startsWith("/shoes"))
                                .count(),
                        event("page_view")
                                .where(property("path").startsWith("/shoes"))
                                .count())
                .addEqualityGroup(event("login").count())
                .addEqualityGroup(event("login").last())
                .addEqualityGroup(attribute("tier").text(), attribute("tier").text())
                .addEqualityGroup(attribute("tier").number())
                .testEquals();
    }

    @Test
    void a_windowed_attribute_is_not_equal_to_the_unwindowed_one() {
        assertThat(purchases().inLast(DAYS_30)).isNotEqualTo(purchases());
    }

    @Test
    void a_user_subclass_equals_the_factory_attribute_of_the_same_identity() {
        NumberAttribute<Sample> subclass = new NumberAttribute<>("score", List.of()) {
            @Override
            public double readDouble(Sample subject, EvaluationContext context) {
                return 0;
            }
        };

        assertThat(subclass).isEqualTo(Attribute.number("score", Sample::score));
    }

    @Test
    void name_and_value_type_are_those_given() {
        NumberAttribute<Sample> score = Attribute.number("score", Sample::score);

        assertThat(score.name()).isEqualTo("score");
        assertThat(score.valueType()).isEqualTo(Double.class);
        assertThat(score.parameters()).isEmpty();
    }

    @Test
    void parameters_hold_the_window() {
        assertThat(purchases().inLast(DAYS_30).parameters()).containsExactly(Window.last(DAYS_30));
    }

    @Test
    void to_string_is_the_name_without_parameters() {
        assertThat(age()).hasToString("age");
    }

    @Test
    void to_string_lists_parameters_in_parentheses() {
        assertThat(distanceKm(52.52, 13.405)).hasToString("distance_km(52.52, 13.405)");
        assertThat(purchases().inLast(DAYS_30)).hasToString("purchases(last 30d)");
    }

    @Test
    void value_of_is_empty_when_missing() {
        NumberAttribute<Sample> score = Attribute.number("score", Sample::score);

        assertThat(score.valueOf(new Sample(null), CONTEXT)).isEmpty();
        assertThat(score.valueOf(new Sample(2.0), CONTEXT)).contains(2.0);
    }

    @Test
    void value_of_rejects_null_subject() {
        NumberAttribute<Sample> score = Attribute.number("score", Sample::score);

        assertThatThrownBy(() -> score.valueOf(null, CONTEXT)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_name_with_a_space_is_rejected_naming_it() {
        assertThatThrownBy(() -> Attribute.text("loyalty tier", (Sample s) -> "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'loyalty tier'")
                .hasMessageContaining("not an identifier");
    }

    @Test
    void a_name_starting_with_a_digit_is_rejected() {
        assertThatThrownBy(() -> Attribute.bool("1st", (Sample s) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1st'");
    }

    @Test
    void a_name_with_a_hyphen_is_rejected() {
        assertThatThrownBy(() -> Attribute.instant("signed-up", (Sample s) -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'signed-up'");
    }

    @Test
    void an_empty_name_is_rejected() {
        assertThatThrownBy(() -> Attribute.set("", (Sample s) -> null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_identifier_with_underscores_and_digits_is_accepted() {
        assertThat(Attribute.number("_score_2", Sample::score).name()).isEqualTo("_score_2");
    }

    @Test
    void null_pointer_tester_on_the_static_factories() {
        new NullPointerTester()
                .setDefault(String.class, "name")
                .setDefault(TimeDependence.class, TimeDependence.reevaluatedEvery(java.time.Duration.ofDays(1)))
                .testAllPublicStaticMethods(Attribute.class);
    }
}
