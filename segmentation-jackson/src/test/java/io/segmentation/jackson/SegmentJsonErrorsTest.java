package io.segmentation.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.segmentation.testkit.Generators;
import org.junit.jupiter.api.Test;

/** Every way a document can be wrong fails with a {@link SegmentJsonException} naming the JSONPath. */
class SegmentJsonErrorsTest {

    private static SegmentJsonException error(String json) {
        return catchThrowableOfType(SegmentJsonException.class, () -> SegmentJson.read(json, Generators.registry()));
    }

    private static String criterion(String criterion) {
        return error("{\"schema\": \"segmentation/1\", \"criterion\": " + criterion + "}")
                .getMessage();
    }

    @Test
    void unknown_operator_names_its_path_and_suggests_the_closest() {
        SegmentJsonException e = error("{\"schema\": \"segmentation/1\", \"criterion\": {\"and\": ["
                + "{\"attribute\": \"age\", \"op\": \"atLeast\", \"value\": 18},"
                + "{\"attribute\": \"purchases\", \"op\": \"atleast\", \"value\": 3}]}}");

        assertThat(e).hasMessage("$.criterion.and[1].op: unknown operator 'atleast' — did you mean 'atLeast'?");
        assertThat(e.path()).isEqualTo("$.criterion.and[1].op");
        assertThat(e.problem()).isEqualTo("unknown operator 'atleast' — did you mean 'atLeast'?");
    }

    @Test
    void unknown_attribute_suggests_the_closest_registered_name() {
        assertThat(criterion("{\"attribute\": \"agee\", \"op\": \"atLeast\", \"value\": 18}"))
                .isEqualTo("$.criterion.attribute: unknown attribute 'agee' — did you mean 'age'?");
    }

    @Test
    void unknown_segment_suggests_the_closest_registered_segment() {
        assertThat(criterion("{\"not\": {\"inSegment\": \"newsleter\"}}"))
                .isEqualTo("$.criterion.not.inSegment: unknown segment 'newsleter' — did you mean 'newsletter'?");
    }

    @Test
    void unknown_field_in_a_comparison_suggests_the_closest() {
        assertThat(criterion("{\"attribute\": \"age\", \"opp\": \"atLeast\", \"value\": 18}"))
                .isEqualTo("$.criterion.opp: unknown field 'opp' — did you mean 'op'?");
    }

    @Test
    void unknown_field_in_the_document_suggests_the_closest() {
        assertThat(error(
                        "{\"schema\": \"segmentation/1\", \"nmae\": \"x\", \"criterion\": {\"inSegment\": \"loyal\"}}"))
                .hasMessageStartingWith("$.nmae: unknown field 'nmae'")
                .hasMessageEndingWith("did you mean 'name'?");
    }

    @Test
    void unknown_criterion_kind_is_named() {
        assertThat(criterion("{\"And\": []}"))
                .isEqualTo("$.criterion.And: unknown field 'And'; a criterion has one of and, or, not, inSegment or"
                        + " attribute — did you mean 'and'?");
    }

    @Test
    void two_kinds_in_one_criterion_are_refused() {
        assertThat(criterion("{\"and\": [], \"or\": []}"))
                .isEqualTo("$.criterion: a criterion has exactly one of and, or, not, inSegment or attribute, but"
                        + " found and and or");
        assertThat(criterion("{}")).startsWith("$.criterion: empty criterion");
    }

    @Test
    void wrong_value_type_names_the_value() {
        assertThat(criterion("{\"and\": [{\"attribute\": \"age\", \"op\": \"atLeast\", \"value\": \"18\"}]}"))
                .isEqualTo("$.criterion.and[0].value: expected a number but found the string \"18\"");
        assertThat(criterion("{\"attribute\": \"country\", \"op\": \"in\", \"value\": [\"DE\", 5]}"))
                .isEqualTo("$.criterion.value[1]: expected a string but found the number 5");
        assertThat(criterion("{\"attribute\": \"country\", \"op\": \"in\", \"value\": \"DE\"}"))
                .isEqualTo("$.criterion.value: expected an array of strings but found the string \"DE\"");
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"between\", \"value\": [18]}"))
                .isEqualTo("$.criterion.value: expected two numbers [low, high] but found 1 element");
    }

    @Test
    void operator_of_another_family_lists_the_ones_that_apply() {
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"startsWith\", \"value\": \"1\"}"))
                .isEqualTo("$.criterion.op: 'age' is a number, compared with between, atLeast, atMost, greaterThan,"
                        + " lessThan, is, in, isPresent or isMissing, not 'startsWith'");
    }

    @Test
    void type_contradicting_the_attribute_is_refused() {
        assertThat(criterion("{\"attribute\": \"age\", \"type\": \"text\", \"op\": \"is\", \"value\": \"x\"}"))
                .isEqualTo("$.criterion.type: 'age' is a number (type \"number\"), not text");
        assertThat(criterion("{\"attribute\": \"age\", \"type\": \"nmber\", \"op\": \"is\", \"value\": 1}"))
                .isEqualTo("$.criterion.type: unknown type 'nmber'; expected text, number, boolean, instant or set"
                        + " — did you mean 'number'?");
    }

    @Test
    void missing_and_superfluous_values_are_named() {
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"atLeast\"}"))
                .isEqualTo("$.criterion.value: missing; 'atLeast' needs a number");
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"isPresent\", \"value\": 1}"))
                .isEqualTo("$.criterion.value: 'isPresent' takes no value but found the number 1");
        assertThat(criterion("{\"attribute\": \"age\", \"value\": 1}")).startsWith("$.criterion.op: missing");
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"is\", \"value\": null}"))
                .isEqualTo("$.criterion.value: expected a number but found null");
    }

    @Test
    void condition_validation_failures_are_reported_at_the_value() {
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"between\", \"value\": [25, 18]}"))
                .isEqualTo("$.criterion.value: between(25, 18): lower bound 25 exceeds upper bound 18 for attribute"
                        + " 'age'");
        assertThat(criterion("{\"attribute\": \"city\", \"op\": \"matches\", \"value\": \"(\"}"))
                .isEqualTo("$.criterion.value: matches('('): invalid regular expression '(': missing closing ) for"
                        + " attribute 'city'");
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"in\", \"value\": []}"))
                .startsWith("$.criterion.value: in([]): the list of values is empty");
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"is\", \"value\": 1e400}"))
                .startsWith("$.criterion.value: is(Infinity): value must be a finite number");
    }

    @Test
    void attribute_arguments_are_checked_by_the_factory() {
        assertThat(criterion("{\"attribute\": \"purchases\", \"filter\": {\"attribute\": \"x\", \"op\": \"isPresent\"},"
                        + " \"op\": \"atLeast\", \"value\": 3}"))
                .isEqualTo("$.criterion.attribute: 'purchases' takes no filter");
        assertThat(criterion(
                        "{\"attribute\": \"distance_km\", \"arguments\": [52.5], \"op\": \"atMost\", \"value\": 5}"))
                .isEqualTo("$.criterion.attribute: 'distance_km' takes 2 positional arguments but got 1");
        assertThat(criterion("{\"attribute\": \"event\", \"arguments\": [true], \"op\": \"atLeast\", \"value\": 5}"))
                .isEqualTo("$.criterion.arguments[0]: expected a string or a finite number but found true");
    }

    @Test
    void windows_are_checked() {
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"last\": \"3m\"}, \"op\": \"atLeast\","
                        + " \"value\": 3}"))
                .startsWith("$.criterion.window.last: a length of time is fixed");
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"last\": \"30x\"}, \"op\": \"atLeast\","
                        + " \"value\": 3}"))
                .isEqualTo("$.criterion.window.last: expected a length of time such as 30d, 2w, 12h, 90min or 45s"
                        + " but found '30x'");
        assertThat(criterion(
                        "{\"attribute\": \"purchases\", \"window\": {\"last\": \"30d\", \"to\": \"2026-01-01T00:00:00Z\"},"
                                + " \"op\": \"atLeast\", \"value\": 3}"))
                .isEqualTo("$.criterion.window: give either last or from and to, not both");
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"from\": \"2026-02-01T00:00:00Z\","
                        + " \"to\": \"2026-01-01T00:00:00Z\"}, \"op\": \"atLeast\", \"value\": 3}"))
                .startsWith("$.criterion.window: window start 2026-02-01T00:00:00Z is after its end");
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"from\": \"yesterday\","
                        + " \"to\": \"2026-01-01T00:00:00Z\"}, \"op\": \"atLeast\", \"value\": 3}"))
                .isEqualTo("$.criterion.window.from: expected an instant such as 2026-01-31T10:00:00Z but found"
                        + " 'yesterday'");
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"lst\": \"30d\"}, \"op\": \"atLeast\","
                        + " \"value\": 3}"))
                .startsWith("$.criterion.window.lst: unknown field 'lst'");
        assertThat(criterion("{\"attribute\": \"purchases\", \"window\": {\"last\": \"0d\"}, \"op\": \"atLeast\","
                        + " \"value\": 3}"))
                .startsWith("$.criterion.window.last: window must be a positive duration");
    }

    @Test
    void times_are_checked() {
        assertThat(criterion("{\"attribute\": \"last_purchase\", \"op\": \"before\", \"value\": \"last week\"}"))
                .isEqualTo("$.criterion.value: expected a time such as -30d, -3m, +7d, now, today, 2026-01-31 or"
                        + " 2026-01-31T10:00:00Z but found 'last week'");
        assertThat(criterion("{\"attribute\": \"last_purchase\", \"op\": \"before\", \"value\": \"2026-02-30\"}"))
                .contains("but found '2026-02-30'");
        assertThat(criterion(
                        "{\"attribute\": \"last_purchase\", \"op\": \"within\", \"value\": \"99999999999999999d\"}"))
                .isEqualTo("$.criterion.value: length of time '99999999999999999d' is too large");
    }

    @Test
    void event_filters_only_test_event_properties() {
        assertThat(criterion(
                        "{\"attribute\": \"event\", \"arguments\": [\"v\"], \"filter\": {\"inSegment\": \"loyal\"},"
                                + " \"op\": \"atLeast\", \"value\": 1}"))
                .isEqualTo("$.criterion.filter.inSegment: a segment reference cannot appear inside an event filter");
        assertThat(
                        criterion(
                                "{\"attribute\": \"event\", \"arguments\": [\"v\"], \"filter\": {\"attribute\": \"p\","
                                        + " \"window\": {\"last\": \"1d\"}, \"op\": \"isPresent\"}, \"op\": \"atLeast\", \"value\": 1}"))
                .isEqualTo("$.criterion.filter.window: unknown field 'window'; an event property in a filter takes no"
                        + " 'window'");
        assertThat(criterion("{\"attribute\": \"event\", \"arguments\": [\"v\"], \"filter\": {\"attribute\": \"p\","
                        + " \"type\": \"set\", \"op\": \"isEmpty\"}, \"op\": \"atLeast\", \"value\": 1}"))
                .isEqualTo("$.criterion.filter.type: event property 'p' cannot be read as set; use text, number or"
                        + " boolean");
    }

    @Test
    void schema_version_is_required_and_checked() {
        assertThat(error("{\"criterion\": {\"inSegment\": \"loyal\"}}"))
                .hasMessage("$.schema: missing; expected \"segmentation/1\"");
        assertThat(error("{\"schema\": \"segmentation/2\", \"criterion\": {\"inSegment\": \"loyal\"}}"))
                .hasMessage("$.schema: unsupported schema 'segmentation/2'; this version reads \"segmentation/1\"");
        assertThat(error("{\"schema\": \"segmentation/1\"}"))
                .hasMessage("$.criterion: missing; a segment needs a criterion");
    }

    @Test
    void name_and_description_are_checked() {
        assertThat(error(
                        "{\"schema\": \"segmentation/1\", \"name\": \" \", \"criterion\": {\"inSegment\": \"loyal\"}}"))
                .hasMessage("$.name: segment name must not be blank but was ' '");
        assertThat(
                        error(
                                "{\"schema\": \"segmentation/1\", \"description\": 5, \"criterion\": {\"inSegment\": \"loyal\"}}"))
                .hasMessage("$.description: expected a string but found the number 5");
        assertThat(error("{\"schema\": \"segmentation/1\", \"name\": \"newsletter\", \"criterion\": {\"inSegment\":"
                        + " \"loyal\"}}"))
                .hasMessageStartingWith("$.name: ")
                .hasMessageContaining("newsletter");
    }

    @Test
    void malformed_json_names_line_and_column() {
        SegmentJsonException e = error("{\"schema\": \"segmentation/1\",\n \"criterion\": {\"attribute\": \"age\",}}");

        assertThat(e.getMessage()).startsWith("$.criterion.attribute: malformed JSON at line 2, column 35:");
        assertThat(e).hasCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void duplicate_keys_and_trailing_content_are_malformed() {
        assertThat(criterion("{\"attribute\": \"age\", \"op\": \"isPresent\", \"op\": \"isMissing\"}"))
                .contains("malformed JSON")
                .contains("Duplicate field 'op'");
        assertThat(error("{\"schema\": \"segmentation/1\", \"criterion\": {\"inSegment\": \"loyal\"}} {}"))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void empty_text_and_non_objects_are_refused() {
        assertThat(error("")).hasMessage("$: the text is empty; expected a JSON object");
        assertThat(error("   ")).hasMessage("$: the text is empty; expected a JSON object");
        assertThat(error("null"))
                .hasMessageStartingWith("$: expected a segment object")
                .hasMessageEndingWith("null");
        assertThat(error("[1]")).hasMessageEndingWith("but found an array");
        assertThat(criterion("\"age >= 18\""))
                .isEqualTo("$.criterion: expected a criterion object (and, or, not, inSegment or attribute) but found"
                        + " the string \"age >= 18\"");
    }

    @Test
    void deep_nesting_fails_cleanly() {
        String deep = "{\"not\": ".repeat(200) + "{\"attribute\": \"age\", \"op\": \"isPresent\"}" + "}".repeat(200);

        assertThat(criterion(deep)).contains("criteria are nested deeper than the limit of 32");
    }

    @Test
    void quoted_path_steps_for_keys_that_are_not_identifiers() {
        assertThat(criterion("{\"attribute\": \"age\", \"odd key\": 1}"))
                .startsWith("$.criterion['odd key']: unknown field 'odd key'");
    }

    @Test
    void errors_are_illegal_argument_exceptions() {
        assertThatThrownBy(() -> SegmentJson.read("{"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(SegmentJsonException.class);
    }
}
