package io.segmentation.benchmarks.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.engine.SegmentMatcher;
import io.segmentation.index.PopulationIndex;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The user-type benchmarks compare like with like: every hand-written baseline answers exactly what the library
 * answers, on a smaller population from another seed.
 */
class UserTypeBaselinesAgreeTest {

    private static final List<Person> PEOPLE = People.of(20_000, 3);
    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(People.AS_OF);
    private static final int WORDS = (SegmentRule.COUNT + 63) / 64;

    @Test
    void hand_written_loop_agrees_with_the_compiled_matcher() {
        SegmentMatcher<Person> matcher = SegmentMatcher.of(PersonSegments.youngValuable());
        for (Person p : PEOPLE) {
            assertThat(HandWritten.youngValuable(p)).as(p.id()).isEqualTo(matcher.matches(p, CONTEXT));
        }
    }

    @Test
    void predicate_and_composition_agrees_with_the_compiled_matcher() {
        SegmentMatcher<Person> matcher = SegmentMatcher.of(PersonSegments.youngValuable());
        Predicate<Person> predicate = PersonPredicates.youngValuable();
        for (Person p : PEOPLE) {
            assertThat(predicate.test(p)).as(p.id()).isEqualTo(matcher.matches(p, CONTEXT));
        }
    }

    @Test
    void the_segment_is_neither_empty_nor_everyone() {
        long members = PEOPLE.stream().filter(HandWritten::youngValuable).count();

        assertThat(members).isBetween(100L, 19_900L);
    }

    @Test
    void hand_written_columnar_count_agrees_with_the_index_count() {
        Segment<Person> segment = PersonSegments.youngValuable();
        PopulationIndex<Person> index =
                PopulationIndex.build(PEOPLE, Person::id, CONTEXT).prepare(List.of(segment));
        long byLoop = PEOPLE.stream().filter(HandWritten::youngValuable).count();

        assertThat(index.count(segment)).isEqualTo(Math.toIntExact(byLoop));
        assertThat(PersonColumns.of(PEOPLE).countYoungValuable()).isEqualTo(index.count(segment));
    }

    @Test
    void two_hundred_hand_written_ifs_agree_with_the_engine() {
        SegmentEngine<Person> engine = SegmentEngine.of(PersonSegments.many());
        TwoHundredIfs ifs = TwoHundredIfs.of(SegmentRule.twoHundred());
        long[] bits = new long[WORDS];
        for (Person p : PEOPLE) {
            ifs.matchInto(p, bits);
            assertThat(bits).as(p.id()).isEqualTo(engineBits(engine, p));
        }
    }

    @Test
    void branchless_segment_table_agrees_with_the_engine() {
        SegmentEngine<Person> engine = SegmentEngine.of(PersonSegments.many());
        SegmentTable table = SegmentTable.of(SegmentRule.twoHundred());
        long[] bits = new long[WORDS];
        for (Person p : PEOPLE) {
            table.matchInto(p, bits);
            assertThat(bits).as(p.id()).isEqualTo(engineBits(engine, p));
        }
    }

    @Test
    void two_hundred_predicate_compositions_agree_with_the_engine() {
        SegmentEngine<Person> engine = SegmentEngine.of(PersonSegments.many());
        List<Predicate<Person>> predicates = PersonPredicates.many();
        for (Person p : PEOPLE) {
            long[] bits = new long[WORDS];
            for (int i = 0; i < predicates.size(); i++) {
                if (predicates.get(i).test(p)) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            assertThat(bits).as(p.id()).isEqualTo(engineBits(engine, p));
        }
    }

    @Test
    void each_of_the_two_hundred_segments_has_members_and_non_members() {
        List<Segment<Person>> segments = PersonSegments.many();
        PopulationIndex<Person> index = PopulationIndex.build(PEOPLE, Person::id, CONTEXT);
        for (Segment<Person> segment : segments) {
            assertThat(index.count(segment)).as(segment.toString()).isBetween(1, PEOPLE.size() - 1);
        }
    }

    @Test
    void country_bits_follow_the_country_list() {
        for (int k = 0; k < People.COUNTRIES.size(); k++) {
            assertThat(SegmentTable.countryBit(People.COUNTRIES.get(k))).isEqualTo(1 << k);
        }
        assertThat(SegmentTable.countryBit("JP")).isEqualTo(1 << 31);
    }

    @Test
    void the_same_seed_gives_the_same_people() {
        List<Person> again = People.of(1_000, 3);
        for (int i = 0; i < again.size(); i++) {
            Person a = PEOPLE.get(i);
            Person b = again.get(i);
            assertThat(List.of(
                            b.id(),
                            b.age(),
                            b.purchases(),
                            b.country(),
                            b.spend(),
                            b.newsletter(),
                            b.daysSinceLastPurchase(),
                            b.interests()))
                    .isEqualTo(List.of(
                            a.id(),
                            a.age(),
                            a.purchases(),
                            a.country(),
                            a.spend(),
                            a.newsletter(),
                            a.daysSinceLastPurchase(),
                            a.interests()));
        }
    }

    private static long[] engineBits(SegmentEngine<Person> engine, Person p) {
        Set<Segment<Person>> mine = engine.segmentsOf(p, CONTEXT);
        List<Segment<Person>> segments = engine.segments();
        long[] bits = new long[WORDS];
        for (int i = 0; i < segments.size(); i++) {
            if (mine.contains(segments.get(i))) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }
}
