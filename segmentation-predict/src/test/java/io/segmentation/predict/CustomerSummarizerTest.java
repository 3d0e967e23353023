package io.segmentation.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CustomerSummarizerTest {

    private static final Instant END = Instant.parse("2026-03-31T12:00:00Z");
    private static final CustomerSummarizer DAYS = CustomerSummarizer.asOf(END, ChronoUnit.DAYS);

    private static int orders;

    private static Order order(String instant, String total) {
        return Order.builder("o" + orders++, Instant.parse(instant), new BigDecimal(total))
                .build();
    }

    private static Customer customer(String id, Order... orders) {
        return Customer.builder(id).orders(List.of(orders)).build();
    }

    @Test
    void reproduces_every_row_of_the_cdnow_summary_from_the_raw_transactions() {
        // Times are days / 7 rounded to 2 decimals in the file; zbar is rounded to cents (within 0.005).
        Map<String, CustomerSummary> summaries =
                CustomerSummarizer.asOf(Cdnow.CALIBRATION_END, ChronoUnit.WEEKS).summarizeAll(Cdnow.customers());
        List<Cdnow.Row> rows = Cdnow.summariesWithSpend();

        assertThat(summaries).hasSize(rows.size()).hasSize(2357);
        for (Cdnow.Row row : rows) {
            CustomerSummary expected = row.summary();
            CustomerSummary actual = summaries.get(String.format("%04d", row.id()));
            assertThat(actual.frequency()).as("x of %s", row.id()).isEqualTo(expected.frequency());
            assertThat(Math.round(actual.recency() * 100) / 100.0)
                    .as("t_x of %s", row.id())
                    .isEqualTo(expected.recency());
            assertThat(Math.round(actual.age() * 100) / 100.0)
                    .as("T of %s", row.id())
                    .isEqualTo(expected.age());
            assertThat(actual.meanRepeatSpend().getAsDouble())
                    .as("zbar of %s", row.id())
                    .isCloseTo(expected.meanRepeatSpend().getAsDouble(), within(0.005 + 1e-9));
        }
    }

    @Test
    void reproduces_the_frequency_only_summary_file_too() {
        Map<String, CustomerSummary> summaries =
                CustomerSummarizer.asOf(Cdnow.CALIBRATION_END, ChronoUnit.WEEKS).summarizeAll(Cdnow.customers());

        for (Cdnow.Row row : Cdnow.summaries()) {
            CustomerSummary actual = summaries.get(String.format("%04d", row.id()));
            CustomerSummary rounded = CustomerSummary.of(
                    actual.frequency(),
                    Math.round(actual.recency() * 100) / 100.0,
                    Math.round(actual.age() * 100) / 100.0,
                    ChronoUnit.WEEKS);
            assertThat(rounded).as("row %s", row.id()).isEqualTo(row.summary());
        }
    }

    @Test
    void counts_repeat_purchase_days_recency_and_age_in_days() {
        // days: 03-01, 03-11, 03-21; calibration end 03-31: x = 2, t_x = 20, T = 30, mean repeat = (20 + 40) / 2
        Customer c = customer(
                "c",
                order("2026-03-01T10:00:00Z", "10"),
                order("2026-03-11T10:00:00Z", "20"),
                order("2026-03-21T10:00:00Z", "40"));

        assertThat(DAYS.summarize(c)).contains(CustomerSummary.of(2, 20, 30, 30.0, ChronoUnit.DAYS));
    }

    @Test
    void merges_orders_of_the_same_day_summing_their_totals() {
        // 03-01 (one order), 03-11 (two orders, 20 + 5): x = 1, mean repeat spend 25
        Customer c = customer(
                "c",
                order("2026-03-01T10:00:00Z", "10"),
                order("2026-03-11T08:00:00Z", "20"),
                order("2026-03-11T18:00:00Z", "5"));

        assertThat(DAYS.summarize(c)).contains(CustomerSummary.of(1, 10, 30, 25.0, ChronoUnit.DAYS));
    }

    @Test
    void excludes_the_first_day_from_the_mean_spend_even_with_several_orders() {
        // first day: 10 + 100 (excluded), repeat day: 20
        Customer c = customer(
                "c",
                order("2026-03-01T08:00:00Z", "10"),
                order("2026-03-01T09:00:00Z", "100"),
                order("2026-03-11T08:00:00Z", "20"));

        assertThat(DAYS.summarize(c).orElseThrow().meanRepeatSpend()).isEqualTo(OptionalDouble.of(20));
    }

    @Test
    void one_purchase_day_is_no_repeat_purchase() {
        Customer c = customer("c", order("2026-03-01T08:00:00Z", "10"), order("2026-03-01T20:00:00Z", "15"));

        assertThat(DAYS.summarize(c)).contains(CustomerSummary.of(0, 0, 30, 0.0, ChronoUnit.DAYS));
    }

    @Test
    void ignores_orders_after_the_calibration_end() {
        Customer c = customer("c", order("2026-03-01T10:00:00Z", "10"), order("2026-03-31T12:00:01Z", "20"));

        assertThat(DAYS.summarize(c).orElseThrow().frequency()).isZero();
    }

    @Test
    void includes_an_order_at_the_calibration_end() {
        Customer c = customer("c", order("2026-03-01T10:00:00Z", "10"), order("2026-03-31T12:00:00Z", "20"));

        assertThat(DAYS.summarize(c)).contains(CustomerSummary.of(1, 30, 30, 20.0, ChronoUnit.DAYS));
    }

    @Test
    void a_customer_without_orders_has_no_summary() {
        assertThat(DAYS.summarize(customer("c"))).isEmpty();
    }

    @Test
    void a_customer_whose_orders_all_come_later_has_no_summary() {
        assertThat(DAYS.summarize(customer("c", order("2026-04-02T00:00:00Z", "10"))))
                .isEmpty();
    }

    @Test
    void counts_weeks_as_seven_days() {
        Customer c = customer("c", order("2026-03-01T10:00:00Z", "10"), order("2026-03-11T10:00:00Z", "20"));

        CustomerSummary s =
                CustomerSummarizer.asOf(END, ChronoUnit.WEEKS).summarize(c).orElseThrow();

        assertThat(s).isEqualTo(CustomerSummary.of(1, 10 / 7.0, 30 / 7.0, 20.0, ChronoUnit.WEEKS));
    }

    @Test
    void counts_months_as_average_gregorian_months() {
        Customer c = customer("c", order("2026-03-01T10:00:00Z", "10"), order("2026-03-11T10:00:00Z", "20"));

        CustomerSummary s =
                CustomerSummarizer.asOf(END, ChronoUnit.MONTHS).summarize(c).orElseThrow();

        // a month is 365.2425 / 12 = 30.436875 days
        assertThat(s).isEqualTo(CustomerSummary.of(1, 10 / 30.436875, 30 / 30.436875, 20.0, ChronoUnit.MONTHS));
    }

    @Test
    void purchase_days_are_dates_in_the_zone() {
        // 22:30 and 23:30 UTC on 03-10 are 23:30 on 03-10 and 00:30 on 03-11 in Berlin (UTC+1 in March before DST)
        Customer c = customer("c", order("2026-03-10T22:30:00Z", "10"), order("2026-03-10T23:30:00Z", "20"));

        assertThat(DAYS.summarize(c).orElseThrow().frequency()).isZero();
        assertThat(DAYS.withZone(ZoneId.of("Europe/Berlin"))
                        .summarize(c)
                        .orElseThrow()
                        .frequency())
                .isEqualTo(1);
    }

    @Test
    void summarize_all_leaves_out_customers_without_orders() {
        Customer buyer = customer("buyer", order("2026-03-01T10:00:00Z", "10"));

        assertThat(DAYS.summarizeAll(List.of(customer("none"), buyer))).containsOnlyKeys("buyer");
    }

    @Test
    void summarize_all_rejects_duplicate_ids() {
        Customer buyer = customer("buyer", order("2026-03-01T10:00:00Z", "10"));

        assertThatThrownBy(() -> DAYS.summarizeAll(List.of(buyer, buyer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("summarizeAll: customer id 'buyer' occurs twice");
    }

    @Test
    void rejects_units_other_than_days_weeks_months() {
        assertThatThrownBy(() -> CustomerSummarizer.asOf(END, ChronoUnit.YEARS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be one of [Days, Weeks, Months] but was Years");
    }

    @Test
    void rejects_a_null_calibration_end() {
        assertThatThrownBy(() -> CustomerSummarizer.asOf(null, ChronoUnit.DAYS))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("calibrationEnd");
    }

    @Test
    void keeps_its_settings() {
        CustomerSummarizer s = DAYS.withZone(ZoneId.of("Asia/Tokyo")).withCalibrationEnd(Instant.EPOCH);

        assertThat(s.unit()).isEqualTo(ChronoUnit.DAYS);
        assertThat(s.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(s.calibrationEnd()).isEqualTo(Instant.EPOCH);
        assertThat(s)
                .isEqualTo(
                        CustomerSummarizer.asOf(Instant.EPOCH, ChronoUnit.DAYS).withZone(ZoneId.of("Asia/Tokyo")));
    }
}
