package io.segmentation.jackson;

import static io.segmentation.Attributes.nextAnniversary;
import static io.segmentation.Attributes.nextBirthday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.Segment;
import io.segmentation.TimePoint;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Birthday and anniversary segments, and times ahead of now, in JSON and react-querybuilder. */
class FutureWindowJsonTest {

    private static final Segment<Customer> BIRTHDAY_WEEK = Segment.where(
                    nextBirthday().between(TimePoint.today(), TimePoint.ahead(Duration.ofDays(7))))
            .named("birthday_week");

    @Test
    void a_time_ahead_reads_and_writes_with_a_plus() {
        assertThat(TimeText.point("+7d")).isEqualTo(TimePoint.ahead(Duration.ofDays(7)));
        assertThat(TimeText.point("+12h")).isEqualTo(TimePoint.ahead(Duration.ofHours(12)));
        assertThat(TimeText.point(TimePoint.ahead(Duration.ofDays(7)))).isEqualTo("+7d");
        assertThat(TimeText.point(TimePoint.ahead(Duration.ofMillis(1500)))).isEqualTo("+PT1.5S");
        assertThat(TimeText.point("+PT1.5S")).isEqualTo(TimePoint.ahead(Duration.ofMillis(1500)));
    }

    @Test
    void a_time_ahead_refuses_months_and_years() {
        assertThatThrownBy(() -> TimeText.point("+3m")).hasMessageContaining("not months or years");
    }

    @Test
    void a_date_with_a_five_digit_year_still_reads_as_a_date() {
        assertThat(TimeText.point("+10000-01-01")).isInstanceOf(TimePoint.StartOfDay.class);
    }

    @Test
    void the_birthday_week_round_trips_through_segment_json() {
        String json = SegmentJson.write(BIRTHDAY_WEEK);

        assertThat(json).contains("\"next_birthday\"").contains("\"+7d\"");
        assertThat(SegmentJson.read(json)).isEqualTo(BIRTHDAY_WEEK);
    }

    @Test
    void within_next_round_trips_through_segment_json() {
        Segment<Customer> soon = Segment.where(nextAnniversary().withinNext(Duration.ofDays(30)));

        assertThat(SegmentJson.read(SegmentJson.write(soon))).isEqualTo(soon);
    }

    @Test
    void the_birthday_week_round_trips_through_react_querybuilder() {
        AttributeRegistry<Customer> registry = AttributeRegistry.builtIn();
        String json = QueryBuilderJson.write(BIRTHDAY_WEEK);

        assertThat(json).contains("+7d");
        assertThat(QueryBuilderJson.read(json, registry).criterion()).isEqualTo(BIRTHDAY_WEEK.criterion());
    }
}
