package io.segmentation.engine;

import static io.segmentation.engine.TrackerScenarios.scenarios;
import static io.segmentation.engine.TrackerScenarios.singleRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.TrackerScenarios.Scenario;
import io.segmentation.engine.TrackerScenarios.Update;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The tracker agrees with evaluating every customer directly, at every instant. */
class MembershipTrackerPropertiesTest {

    /** A tracker fed a scenario, with everything it reported. */
    private static final class Run {
        final MembershipTracker<Customer> tracker;
        final List<MembershipChange<Customer>> changes = new ArrayList<>();

        Run(Scenario s) {
            tracker = MembershipTracker.over(SegmentEngine.of(s.segments()), s.zone());
            tracker.addListener(changes::add);
            for (Customer c : s.customers()) {
                tracker.update(c, s.start());
            }
        }
    }

    /** Every customer's profiles, by the instant each was fed. */
    private static Map<String, NavigableMap<Instant, Customer>> profiles(Scenario s) {
        Map<String, NavigableMap<Instant, Customer>> profiles = new HashMap<>();
        for (Customer c : s.customers()) {
            profiles.computeIfAbsent(c.id(), k -> new TreeMap<>()).put(s.start(), c);
        }
        for (Update u : s.updates()) {
            profiles.get(u.profile().id()).put(u.at(), u.profile());
        }
        return profiles;
    }

    private static Set<Segment<Customer>> expected(
            SegmentEngine<Customer> engine, Customer profile, Instant at, Scenario s) {
        return new LinkedHashSet<>(engine.segmentsOf(profile, EvaluationContext.asOf(at, s.zone())));
    }

    /** The memberships the reported changes add up to at {@code at}. */
    private static Set<Segment<Customer>> replayed(List<MembershipChange<Customer>> changes, String id, Instant at) {
        Set<Segment<Customer>> in = new LinkedHashSet<>();
        for (MembershipChange<Customer> change : changes) {
            if (change.id().equals(id) && !change.at().isAfter(at)) {
                if (change instanceof MembershipChange.Entered) {
                    in.add(change.segment());
                } else {
                    in.remove(change.segment());
                }
            }
        }
        return in;
    }

    @Test
    void stepping_through_time_matches_direct_evaluation_and_every_change_is_real() {
        qt().withExamples(1000).forAll(scenarios()).checkAssert(MembershipTrackerPropertiesTest::check);
    }

    @Test
    void every_single_time_rule_matches_direct_evaluation() {
        qt().withExamples(3000).forAll(singleRules()).checkAssert(MembershipTrackerPropertiesTest::check);
    }

    private static void check(Scenario s) {
        SegmentEngine<Customer> engine = SegmentEngine.of(s.segments());
        Map<String, NavigableMap<Instant, Customer>> profiles = profiles(s);
        Run stepwise = new Run(s);
        for (Instant step : s.steps()) {
            for (Update u : s.updates()) {
                if (u.at().equals(step)) {
                    stepwise.tracker.update(u.profile(), step);
                }
            }
            stepwise.tracker.advanceTo(step);
            for (Map.Entry<String, NavigableMap<Instant, Customer>> p : profiles.entrySet()) {
                Customer profile = p.getValue().floorEntry(step).getValue();
                assertThat(stepwise.tracker.memberships(p.getKey()))
                        .as("memberships of %s at %s", p.getKey(), step)
                        .containsExactlyElementsOf(expected(engine, profile, step, s));
            }
        }

        List<MembershipChange<Customer>> changes = stepwise.changes;
        assertThat(changes).extracting(MembershipChange::at).isSorted();
        for (MembershipChange<Customer> change : changes) {
            NavigableMap<Instant, Customer> history = profiles.get(change.id());
            if (history.containsKey(change.at())) {
                continue; // reported because new data was fed, not because time passed
            }
            Customer profile = history.floorEntry(change.at()).getValue();
            EvaluationContext at = EvaluationContext.asOf(change.at(), s.zone());
            boolean now = engine.matches(change.segment(), profile, at);
            boolean before = engine.matches(
                    change.segment(), profile, at.withAsOf(change.at().minusNanos(1)));
            assertThat(now)
                    .as("%s: membership at its instant", change)
                    .isEqualTo(change instanceof MembershipChange.Entered);
            assertThat(before).as("%s: membership 1ns before", change).isNotEqualTo(now);
        }

        List<Instant> probes = new ArrayList<>(s.probes());
        for (MembershipChange<Customer> change : changes) {
            probes.add(change.at().minusNanos(1));
            probes.add(change.at().plusNanos(1));
        }
        Instant end = s.steps().get(s.steps().size() - 1);
        for (Instant probe : probes) {
            if (probe.isBefore(s.start()) || probe.isAfter(end)) {
                continue;
            }
            for (Map.Entry<String, NavigableMap<Instant, Customer>> p : profiles.entrySet()) {
                Customer profile = p.getValue().floorEntry(probe).getValue();
                assertThat(replayed(changes, p.getKey(), probe))
                        .as("reported memberships of %s at %s", p.getKey(), probe)
                        .containsExactlyInAnyOrderElementsOf(expected(engine, profile, probe, s));
            }
        }

        Run jumped = new Run(s);
        for (Update u : s.updates()) {
            jumped.tracker.update(u.profile(), u.at());
        }
        jumped.tracker.advanceTo(end);
        assertThat(jumped.changes).as("changes when jumping ahead").isEqualTo(changes);
    }
}
