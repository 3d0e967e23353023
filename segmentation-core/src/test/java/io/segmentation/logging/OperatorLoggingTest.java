package io.segmentation.logging;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.country;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.MembershipTracker;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import io.segmentation.metrics.Metrics;
import io.segmentation.metrics.SegmentDiagnostics;
import io.segmentation.metrics.SegmentReport;
import io.segmentation.testing.Crowd;
import io.segmentation.text.SegmentParser;
import io.segmentation.text.SegmentQuery;
import io.segmentation.text.SegmentSyntaxException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** What an operator finds in the logs, at which level, under which logger; and what they never find. */
class OperatorLoggingTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Crowd.AS_OF);
    private static final List<Customer> CROWD = Crowd.of(100);
    private static final Segment<Customer> VIP =
            Segment.where(tags().contains("vip")).named("vip");
    private static final Segment<Customer> YOUNG_REPEAT =
            Segment.where(age().between(18, 35)).and(purchases().atLeast(2)).named("young-repeat");
    private static final Segment<Customer> RECENT =
            Segment.where(purchases().inLast(Duration.ofDays(30)).atLeast(1)).named("recent");

    @Test
    void building_an_engine_logs_a_compile_summary_at_debug() {
        try (RecordedLogs logs = RecordedLogs.capture(SegmentEngine.class, Level.DEBUG)) {
            SegmentEngine.of(VIP, YOUNG_REPEAT);
            assertThat(logs.messages(Level.DEBUG))
                    .singleElement()
                    .asString()
                    .matches("SegmentEngine built: 2 segments, \\d+ compiled nodes, 3 distinct attributes, in \\d+ µs");
        }
    }

    @Test
    void building_a_matcher_logs_a_compile_summary_at_debug() {
        try (RecordedLogs logs = RecordedLogs.capture(SegmentMatcher.class, Level.DEBUG)) {
            SegmentMatcher.of(YOUNG_REPEAT);
            assertThat(logs.messages(Level.DEBUG))
                    .singleElement()
                    .asString()
                    .startsWith("SegmentMatcher built for segment 'young-repeat': ");
        }
    }

    @Test
    void assigning_logs_one_summary_at_debug_whatever_the_number_of_subjects() {
        SegmentEngine<Customer> engine = SegmentEngine.of(VIP, YOUNG_REPEAT);
        try (RecordedLogs logs = RecordedLogs.capture(SegmentEngine.class, Level.TRACE)) {
            engine.assign(CROWD, CONTEXT, AssignmentMode.EXCLUSIVE);
            assertThat(logs.events()).singleElement().satisfies(e -> {
                assertThat(e.level()).isEqualTo(Level.DEBUG);
                assertThat(e.message())
                        .startsWith("assigned 100 subjects to 2 segments (EXCLUSIVE) on the common pool");
            });
        }
    }

    @Test
    void evaluating_one_subject_logs_nothing_at_any_level() {
        SegmentEngine<Customer> engine = SegmentEngine.of(VIP, YOUNG_REPEAT);
        SegmentMatcher<Customer> matcher = SegmentMatcher.of(VIP);
        try (RecordedLogs engineLogs = RecordedLogs.capture(SegmentEngine.class, Level.TRACE);
                RecordedLogs matcherLogs = RecordedLogs.capture(SegmentMatcher.class, Level.TRACE)) {
            for (Customer c : CROWD) {
                engine.segmentsOf(c, CONTEXT);
                engine.firstSegmentOf(c, CONTEXT);
                matcher.matches(c, CONTEXT);
            }
            assertThat(engineLogs.events()).isEmpty();
            assertThat(matcherLogs.events()).isEmpty();
        }
    }

    @Test
    void building_and_preparing_an_index_logs_time_and_size_at_debug() {
        try (RecordedLogs logs = RecordedLogs.capture(PopulationIndex.class, Level.DEBUG)) {
            PopulationIndex.build(CROWD, CONTEXT, VIP);
            assertThat(logs.messages(Level.DEBUG))
                    .satisfiesExactly(
                            built -> assertThat(built)
                                    .startsWith("PopulationIndex built: 100 subjects as of 2026-06-01T00:00:00Z"),
                            column -> assertThat(column).startsWith("PopulationIndex column 'tags' read for 100"),
                            prepared -> assertThat(prepared)
                                    .matches("PopulationIndex prepared 1 columns for 100 subjects in \\d+ ms; "
                                            + "columns hold about \\d+ bytes"));
        }
    }

    @Test
    void building_a_report_logs_a_summary_at_debug() {
        try (RecordedLogs logs = RecordedLogs.capture(SegmentReport.class, Level.DEBUG)) {
            SegmentReport.builder(CROWD, CONTEXT)
                    .segments(VIP, YOUNG_REPEAT)
                    .metric(Metrics.revenue())
                    .minimumSize(10)
                    .build();
            assertThat(logs.messages(Level.DEBUG))
                    .singleElement()
                    .asString()
                    .matches("SegmentReport 'Segment report' built: 2 segments \\(\\d suppressed\\), 1 metrics, "
                            + "population 100, in \\d+ ms");
        }
    }

    @Test
    void the_tracker_logs_its_scheduling_at_trace() {
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(RECENT));
        Customer buyer = CROWD.get(1); // c1 has one order, 32 days before AS_OF
        try (RecordedLogs logs = RecordedLogs.capture(MembershipTracker.class, Level.TRACE)) {
            tracker.update(buyer, Crowd.AS_OF.minus(Duration.ofDays(40)));
            assertThat(logs.messages(Level.TRACE))
                    .singleElement()
                    .asString()
                    .startsWith("subject 'c1' evaluated at 2026-04-22T00:00:00Z: 0 membership changes; "
                            + "next evaluation scheduled at ");
        }
    }

    @Test
    void the_tracker_logs_nothing_above_trace() {
        MembershipTracker<Customer> tracker = MembershipTracker.over(SegmentEngine.of(RECENT));
        try (RecordedLogs logs = RecordedLogs.capture(MembershipTracker.class, Level.DEBUG)) {
            CROWD.forEach(c -> tracker.update(c, Crowd.AS_OF));
            tracker.advanceTo(Crowd.AS_OF.plus(Duration.ofDays(400)));
            assertThat(logs.events()).isEmpty();
        }
    }

    @Test
    void diagnostics_log_each_warning_at_warn() {
        PopulationIndex<Customer> index = PopulationIndex.build(CROWD, CONTEXT);
        Segment<Customer> nobody = Segment.where(age().atLeast(200)).named("nobody");
        Segment<Customer> everyone = Segment.where(country().isPresent()).named("everyone");
        try (RecordedLogs logs = RecordedLogs.capture(SegmentDiagnostics.class, Level.WARN)) {
            SegmentDiagnostics<Customer> diagnostics = SegmentDiagnostics.of(index, List.of(VIP, nobody, everyone));
            assertThat(logs.messages(Level.WARN))
                    .hasSize(diagnostics.warnings().size())
                    .contains("segment diagnostics, EMPTY: "
                            + diagnostics.warnings().get(0).message())
                    .anyMatch(m -> m.startsWith("segment diagnostics, TOO_BROAD: segment 'everyone'"));
        }
    }

    @Test
    void a_query_over_the_limits_is_logged_at_warn_without_its_text() {
        String deep = "(".repeat(40) + "age > 1" + ")".repeat(40);
        try (RecordedLogs logs = RecordedLogs.capture(SegmentParser.class, Level.WARN)) {
            assertThatThrownBy(() -> SegmentQuery.parse(deep)).isInstanceOf(SegmentSyntaxException.class);
            assertThatThrownBy(() -> SegmentQuery.parse("age > 1 AND " + "x".repeat(10_000)))
                    .isInstanceOf(SegmentSyntaxException.class);
            assertThat(logs.messages(Level.WARN))
                    .satisfiesExactly(
                            depth -> assertThat(depth)
                                    .isEqualTo("query refused, over the parser's limits: nesting is deeper than the "
                                            + "limit of 32 at line 1, column 33"),
                            length -> assertThat(length)
                                    .startsWith("query refused, over the parser's limits: query is 10012 characters"));
            assertThat(logs.messages(Level.WARN)).noneMatch(m -> m.contains("age"));
        }
    }

    @Test
    void an_ordinary_syntax_error_is_not_logged() {
        try (RecordedLogs logs = RecordedLogs.capture(SegmentParser.class, Level.TRACE)) {
            assertThatThrownBy(() -> SegmentQuery.parse("age >")).isInstanceOf(SegmentSyntaxException.class);
            assertThat(logs.events()).isEmpty();
        }
    }

    @Test
    void nothing_above_trace_names_a_customer() {
        try (RecordedLogs engine = RecordedLogs.capture(SegmentEngine.class, Level.DEBUG);
                RecordedLogs index = RecordedLogs.capture(PopulationIndex.class, Level.DEBUG);
                RecordedLogs report = RecordedLogs.capture(SegmentReport.class, Level.DEBUG);
                RecordedLogs tracker = RecordedLogs.capture(MembershipTracker.class, Level.DEBUG)) {
            SegmentEngine.of(VIP, YOUNG_REPEAT, RECENT).assign(CROWD, CONTEXT, AssignmentMode.OVERLAPPING);
            PopulationIndex<Customer> built = PopulationIndex.build(CROWD, CONTEXT, VIP, YOUNG_REPEAT, RECENT);
            SegmentReport.builder(built)
                    .segments(VIP, RECENT)
                    .metric(Metrics.revenue())
                    .build();
            MembershipTracker<Customer> tracking = MembershipTracker.over(SegmentEngine.of(RECENT));
            CROWD.forEach(c -> tracking.update(c, Crowd.AS_OF));
            for (RecordedLogs logs : List.of(engine, index, report, tracker)) {
                for (RecordedLogs.Event e : logs.events()) {
                    assertThat(e.message()).doesNotContainPattern("\\bc\\d+\\b");
                    assertThat(e.arguments()).noneMatch(Customer.class::isInstance);
                }
            }
            assertThat(engine.events()).isNotEmpty();
            assertThat(index.events()).isNotEmpty();
            assertThat(report.events()).isNotEmpty();
        }
    }
}
