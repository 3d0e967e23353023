package io.segmentation.text;

import static io.segmentation.Attributes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.customer.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The round trip text → segment → text holds at the extremes, within the default limits: years from −999,999,999 to
 * +999,999,999, the smallest and largest doubles, and 32 {@code NOT}s around the comparisons that have a negated
 * operator.
 */
class TextExtremesLawTest {

    private static final List<Double> EXTREMES = List.of(
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e-300,
            -1e-300,
            1e21,
            1e-7,
            Double.MIN_NORMAL,
            123456.789e200,
            0.1);

    private static final List<DoubleFunction<Criterion<Customer>>> NUMBER_COMPARISONS = List.of(
            v -> income().is(v),
            v -> not(income().is(v)),
            v -> income().in(v, -v),
            v -> not(income().in(v, -v)),
            v -> income().atLeast(v),
            v -> income().lessThan(v),
            v -> income().between(Math.min(v, -v), Math.max(v, -v)));

    private static void assertRoundTrip(Criterion<Customer> criterion) {
        String text = SegmentQuery.toText(criterion);
        Criterion<Customer> parsed = SegmentQuery.parse(text).criterion();
        assertThat(parsed).as(text).isEqualTo(criterion);
        assertThat(SegmentQuery.toText(parsed)).as(text).isEqualTo(text);
    }

    private static Criterion<Customer> nots(int count, Criterion<Customer> criterion) {
        Criterion<Customer> c = criterion;
        for (int i = 0; i < count; i++) {
            c = not(c);
        }
        return c;
    }

    @Test
    void instants_and_dates_of_any_year_round_trip() {
        qt().withExamples(2_000)
                .forAll(
                        integers().between(-999_999_999, 999_999_999),
                        integers().between(1, 365),
                        longs().between(0, 86_399_999_999_999L),
                        integers().between(0, 32))
                .checkAssert((year, day, nanoOfDay, notCount) -> {
                    LocalDate date = LocalDate.ofYearDay(
                            year, Math.min(day, LocalDate.ofYearDay(year, 1).lengthOfYear()));
                    Instant instant =
                            date.atStartOfDay().toInstant(ZoneOffset.UTC).plusNanos(nanoOfDay);
                    assertRoundTrip(nots(notCount, lastPurchase().before(instant)));
                    assertRoundTrip(nots(notCount, lastPurchase().between(TimePoint.on(date), TimePoint.at(instant))));
                    assertRoundTrip(
                            purchases().during(instant.minusSeconds(1), instant).atLeast(1));
                });
    }

    @Test
    void extreme_numbers_round_trip_under_thirty_two_nots() {
        qt().withExamples(1_000)
                .forAll(
                        arbitrary().pick(EXTREMES),
                        integers().between(0, NUMBER_COMPARISONS.size() - 1),
                        integers().between(0, 32))
                .checkAssert((value, comparison, notCount) -> assertRoundTrip(
                        nots(notCount, NUMBER_COMPARISONS.get(comparison).apply(value))));
    }

    @Test
    void thirty_two_nots_around_every_negated_operator_round_trip() {
        for (Criterion<Customer> negated : List.<Criterion<Customer>>of(
                not(age().is(1)),
                not(age().in(1, 2)),
                not(country().is("DE")),
                not(city().isIgnoringCase("Köln")),
                not(country().in("DE", "AT")))) {
            assertRoundTrip(nots(32, negated));
        }
    }

    @Test
    void thirty_one_nots_around_a_negated_attribute_with_arguments_round_trip() {
        // The argument list of subscribed_to('email') is one level of nesting itself: 31 NOTs reach the limit.
        assertRoundTrip(nots(31, not(subscribedTo("email").isTrue())));
        assertRoundTrip(nots(31, not(subscribedTo("email").isFalse())));
        assertRoundTrip(
                nots(31, purchases().inLast(java.time.Duration.ofDays(30)).greaterThan(Double.MIN_VALUE)));
    }
}
