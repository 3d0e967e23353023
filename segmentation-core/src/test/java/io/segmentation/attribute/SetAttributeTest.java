package io.segmentation.attribute;

import static io.segmentation.Attributes.not;
import static io.segmentation.Attributes.tags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.SegmentMatcher;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetAttributeTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.asOf(Instant.parse("2026-06-01T00:00:00Z"));

    private record Sample(List<String> tags) {}

    private static final SetAttribute<Sample> TAGS = Attribute.set("tags", Sample::tags);

    private static boolean holds(Criterion<Sample> criterion, List<String> tags) {
        return SegmentMatcher.of(Segment.where(criterion)).matches(new Sample(tags), CONTEXT);
    }

    @Test
    void contains_holds_when_the_element_is_in_the_set() {
        assertThat(holds(TAGS.contains("vip"), List.of("new", "vip"))).isTrue();
        assertThat(holds(TAGS.contains("vip"), List.of("new"))).isFalse();
    }

    @Test
    void contains_compares_elements_exactly() {
        assertThat(holds(TAGS.contains("vip"), List.of("VIP"))).isFalse();
    }

    @Test
    void contains_any_holds_when_one_element_is_in_the_set() {
        Criterion<Sample> c = TAGS.containsAny("vip", "gold");

        assertThat(holds(c, List.of("gold"))).isTrue();
        assertThat(holds(c, List.of("vip", "gold"))).isTrue();
        assertThat(holds(c, List.of("silver"))).isFalse();
    }

    @Test
    void contains_all_holds_only_when_every_element_is_in_the_set() {
        Criterion<Sample> c = TAGS.containsAll("web", "store");

        assertThat(holds(c, List.of("web", "store", "app"))).isTrue();
        assertThat(holds(c, List.of("web"))).isFalse();
    }

    @Test
    void is_empty_holds_for_an_empty_set_only() {
        assertThat(holds(TAGS.isEmpty(), List.of())).isTrue();
        assertThat(holds(TAGS.isEmpty(), List.of("vip"))).isFalse();
    }

    @Test
    void an_empty_set_is_present() {
        assertThat(holds(TAGS.isPresent(), List.of())).isTrue();
        assertThat(holds(TAGS.isMissing(), List.of())).isFalse();
    }

    @Test
    void a_null_set_is_missing() {
        assertThat(holds(TAGS.isMissing(), null)).isTrue();
        assertThat(holds(TAGS.isPresent(), null)).isFalse();
    }

    @Test
    void every_comparison_on_a_missing_set_is_false() {
        List<Criterion<Sample>> comparisons =
                List.of(TAGS.contains("vip"), TAGS.containsAny("vip"), TAGS.containsAll("vip"), TAGS.isEmpty());

        assertThat(comparisons).allSatisfy(c -> assertThat(holds(c, null)).isFalse());
    }

    @Test
    void not_is_empty_holds_for_a_missing_set() {
        assertThat(holds(not(TAGS.isEmpty()), null)).isTrue();
    }

    @Test
    void the_value_read_is_a_set_of_the_elements() {
        assertThat(TAGS.valueOf(new Sample(List.of("a", "b", "a")), CONTEXT)).contains(Set.of("a", "b"));
    }

    @Test
    void contains_any_of_a_collection_equals_contains_any_of_varargs() {
        assertThat(TAGS.containsAny(List.of("vip", "gold"))).isEqualTo(TAGS.containsAny("vip", "gold"));
    }

    @Test
    void contains_all_of_a_collection_equals_contains_all_of_varargs() {
        assertThat(TAGS.containsAll(Set.of("vip"))).isEqualTo(TAGS.containsAll("vip"));
    }

    @Test
    void contains_any_rejects_no_elements_naming_attribute() {
        assertThatThrownBy(() -> tags().containsAny())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("containsAny([])")
                .hasMessageContaining("empty")
                .hasMessageContaining("'tags'");
    }

    @Test
    void contains_all_rejects_no_elements_naming_attribute() {
        assertThatThrownBy(() -> tags().containsAll(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tags'");
    }

    @Test
    void contains_rejects_null_naming_attribute() {
        assertThatThrownBy(() -> tags().contains(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("'tags'");
    }

    @Test
    void contains_any_rejects_a_null_element() {
        assertThatThrownBy(() -> tags().containsAny(Arrays.asList("vip", null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void contains_all_rejects_a_null_element() {
        assertThatThrownBy(() -> tags().containsAll("vip", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void null_pointer_tester_finds_every_reference_parameter_checked() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(EvaluationContext.class, CONTEXT)
                .setDefault(Object.class, new Sample(List.of("vip")));
        NumberAttributeTest.ignoreReaders(tester, TAGS);
        tester.testAllPublicInstanceMethods(TAGS);
    }
}
