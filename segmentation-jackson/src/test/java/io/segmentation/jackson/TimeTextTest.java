package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.TimePoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    @Test
    void points_read_every_spelling_of_the_query_language() {
        assertThat(TimeText.point("now")).isEqualTo(TimePoint.now());
        assertThat(TimeText.point("today")).isEqualTo(TimePoint.today());
        assertThat(TimeText.point("-30d")).isEqualTo(TimePoint.ago(Duration.ofDays(30)));
        assertThat(TimeText.point("-2w")).isEqualTo(TimePoint.ago(Duration.ofDays(14)));
        assertThat(TimeText.point("-12h")).isEqualTo(TimePoint.ago(Duration.ofHours(12)));
        assertThat(TimeText.point("-90min")).isEqualTo(TimePoint.ago(Duration.ofMinutes(90)));
        assertThat(TimeText.point("-45s")).isEqualTo(TimePoint.ago(Duration.ofSeconds(45)));
        assertThat(TimeText.point("-3m")).isEqualTo(TimePoint.ago(Period.ofMonths(3)));
        assertThat(TimeText.point("-1y")).isEqualTo(TimePoint.ago(Period.ofYears(1)));
        assertThat(TimeText.point("-PT0.5S")).isEqualTo(TimePoint.ago(Duration.ofMillis(500)));
        assertThat(TimeText.point("2026-01-31")).isEqualTo(TimePoint.on(LocalDate.of(2026, 1, 31)));
        assertThat(TimeText.point("2026-01-31T10:00:00Z"))
                .isEqualTo(TimePoint.at(Instant.parse("2026-01-31T10:00:00Z")));
        assertThat(TimeText.point("-0001-01-01")).isEqualTo(TimePoint.on(LocalDate.of(-1, 1, 1)));
    }

    @Test
    void points_write_as_the_query_language() {
        assertThat(TimeText.point(TimePoint.ago(Duration.ofDays(30)))).isEqualTo("-30d");
        assertThat(TimeText.point(TimePoint.ago(Period.ofYears(2)))).isEqualTo("-24m");
        assertThat(TimeText.point(TimePoint.ago(Duration.ofMillis(1500)))).isEqualTo("-PT1.5S");
        assertThat(TimeText.point(TimePoint.on(LocalDate.of(2026, 1, 31)))).isEqualTo("2026-01-31");
        assertThat(TimeText.point(TimePoint.today())).isEqualTo("today");
    }

    @Test
    void durations_use_the_largest_whole_unit() {
        assertThat(TimeText.duration(Duration.ofDays(14))).isEqualTo("14d");
        assertThat(TimeText.duration(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(TimeText.duration(Duration.ofMinutes(90))).isEqualTo("90min");
        assertThat(TimeText.duration(Duration.ofSeconds(61))).isEqualTo("61s");
        assertThat(TimeText.duration(Duration.ofMillis(1))).isEqualTo("PT0.001S");
        assertThat(TimeText.duration("PT0.001S")).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void durations_refuse_calendar_units_and_garbage() {
        assertThatThrownBy(() -> TimeText.duration("3m")).hasMessageContaining("not months or years");
        assertThatThrownBy(() -> TimeText.duration("30 d")).hasMessageContaining("but found '30 d'");
        assertThatThrownBy(() -> TimeText.duration("-30d")).hasMessageContaining("but found '-30d'");
        assertThatThrownBy(() -> TimeText.duration("Pxyz")).hasMessageContaining("but found 'Pxyz'");
        assertThatThrownBy(() -> TimeText.duration("999999999999999999w")).hasMessageContaining("too large");
        assertThatThrownBy(() -> TimeText.point("-99999999999m")).hasMessageContaining("too large");
    }

    @Test
    void points_refuse_garbage() {
        assertThatThrownBy(() -> TimeText.point("-")).hasMessageContaining("but found '-'");
        assertThatThrownBy(() -> TimeText.point("yesterday")).hasMessageContaining("but found 'yesterday'");
        assertThatThrownBy(() -> TimeText.point("2026-01-31T25:00:00Z")).hasMessageContaining("but found");
        assertThatThrownBy(() -> TimeText.point("")).hasMessageContaining("but found ''");
    }
}
