package io.segmentation.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Attributes;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.EventProperty;
import io.segmentation.attribute.ValueType;
import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in table and the built-in attributes agree: each attribute is made from its row. */
class BuiltInTest {

    private static List<Attribute<?, ?>> everyBuiltIn() {
        return List.of(
                Attributes.age(),
                Attributes.nextBirthday(),
                Attributes.customerSince(),
                Attributes.nextAnniversary(),
                Attributes.daysUntilBirthday(),
                Attributes.daysUntilAnniversary(),
                Attributes.gender(),
                Attributes.income(),
                Attributes.education(),
                Attributes.occupation(),
                Attributes.country(),
                Attributes.region(),
                Attributes.city(),
                Attributes.postalCode(),
                Attributes.distanceKm(52.5, 13.4),
                Attributes.interests(),
                Attributes.values(),
                Attributes.lifestyle(),
                Attributes.companySize(),
                Attributes.industry(),
                Attributes.annualRevenue(),
                Attributes.tags(),
                Attributes.subscribedTo("email"),
                Attributes.attribute("points").number(),
                Attributes.attribute("tier").text(),
                Attributes.purchases().inLast(Duration.ofDays(30)),
                Attributes.totalSpent(),
                Attributes.averageOrderValue(),
                Attributes.purchasedProduct("p-1"),
                Attributes.purchasedCategory("shoes"),
                Attributes.firstPurchase(),
                Attributes.lastPurchase(),
                Attributes.daysSinceLastPurchase(),
                Attributes.channels(),
                Attributes.event("page_view").count(),
                Attributes.event("page_view").last(),
                EventProperty.named("basket").number());
    }

    @Test
    void every_built_in_attribute_is_made_from_its_row() {
        for (Attribute<?, ?> a : everyBuiltIn()) {
            assertThat(a).as("%s", a).isInstanceOf(Defined.class);
            BuiltIn row = ((Defined) a).definition().builtIn();
            assertThat(row).as("%s", a).isNotNull();
            assertThat(a.name()).isEqualTo(row.attributeName());
            assertThat(a.cost()).as("%s", a).isEqualTo(row.cost());
            assertThat(a.timeDependence()).as("%s", a).isEqualTo(row.temporal().timeDependence());
            if (row.family() != null) {
                assertThat(family(a)).as("%s", a).isEqualTo(row.family());
            }
        }
    }

    @Test
    void a_row_gives_change_instants_exactly_when_its_kind_says_so() {
        for (BuiltIn row : BuiltIn.values()) {
            assertThat(row.changeInstants() != null).as("%s", row).isEqualTo(row.temporal() == Temporal.ROW_INSTANTS);
        }
    }

    @Test
    void every_row_is_used_by_an_attribute() {
        Set<BuiltIn> used = everyBuiltIn().stream()
                .map(a -> ((Defined) a).definition().builtIn())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BuiltIn.class)));

        assertThat(used).containsExactlyInAnyOrder(BuiltIn.values());
    }

    @Test
    void names_are_unique_in_the_table() {
        assertThat(Arrays.stream(BuiltIn.values()).map(BuiltIn::attributeName)).doesNotHaveDuplicates();
    }

    @Test
    void every_profile_field_a_row_reads_as_it_is_is_written_and_read_back_through_the_row() {
        for (BuiltIn row : BuiltIn.values()) {
            if (row.field() == null || row.derivation() != BuiltIn.Derivation.NONE || row == BuiltIn.AGE) {
                continue;
            }
            Object value = sample(row.field().type());
            Customer.Builder builder = Customer.builder("c");
            row.field().set(builder, value);
            Customer c = builder.build();

            assertThat(row.field().read().apply(c)).as("%s", row).isEqualTo(value);
            Attribute<Customer, ?> attribute = attributeOf(row);
            Object read = attribute.read(c, EvaluationContext.asOf(Instant.EPOCH, ZoneOffset.UTC));
            Object expected = value instanceof BigDecimal || value instanceof Integer
                    ? (Object) ((Number) value).doubleValue()
                    : value;
            assertThat(read).as("%s", row).isEqualTo(expected);
        }
    }

    /** The built-in attribute made from a row without parameters. */
    @SuppressWarnings("unchecked") // every built-in attribute without parameters reads customers
    private static Attribute<Customer, ?> attributeOf(BuiltIn row) {
        return (Attribute<Customer, ?>) everyBuiltIn().stream()
                .filter(a -> ((Defined) a).definition().builtIn() == row
                        && a.parameters().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private static Object sample(Class<?> type) {
        if (type == String.class) {
            return "DE";
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("1234.5");
        }
        if (type == Integer.class) {
            return 42;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1990, 3, 14);
        }
        return Set.of("a", "b");
    }

    private static ValueType family(Attribute<?, ?> a) {
        Class<?> type = a.valueType();
        if (type == Double.class) {
            return ValueType.NUMBER;
        }
        if (type == Boolean.class) {
            return ValueType.BOOLEAN;
        }
        if (type == java.time.Instant.class) {
            return ValueType.INSTANT;
        }
        if (type == String.class) {
            return ValueType.TEXT;
        }
        return ValueType.SET;
    }
}
