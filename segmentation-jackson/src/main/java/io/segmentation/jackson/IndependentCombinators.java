package io.segmentation.jackson;

import static io.segmentation.Attributes.allOf;
import static io.segmentation.Attributes.anyOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmentation.Criterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rules of a react-querybuilder group with independent combinators ({@code RuleGroupTypeIC}): a group
 * without a {@code "combinator"} key whose {@code rules} alternate rule or group, combinator, rule or group…, e.g.
 * {@code [{…country…}, "and", {…age…}, "or", {…vip…}]}.
 *
 * <p>{@code and} binds tighter than {@code or}, as react-querybuilder's {@code convertFromIC} reads such a group
 * before its export formats do: {@code a and b or c} is {@code anyOf(allOf(a, b), c)}. Rules and groups that are
 * left out (muted, placeholders, empty groups) are dropped after that grouping, as those formats drop them after
 * {@code convertFromIC}. Malformed arrays fail at the offending element: a combinator first or last, two
 * combinators or two rules in a row, an unknown combinator.
 */
final class IndependentCombinators {

    /** Reads one rule or group; empty when it is left out. */
    interface Items<T> {
        /**
         * Reads one element of {@code rules} at an even index.
         *
         * @param element the rule or group
         * @param path its JSONPath
         * @return its criterion; empty when it is left out
         */
        Optional<Criterion<T>> read(JsonNode element, JsonPath path);
    }

    private IndependentCombinators() {}

    /**
     * The criterion of an independent-combinator group's rules.
     *
     * @param elements the elements of {@code rules}
     * @param path the JSONPath of {@code rules}
     * @param items reads a rule or nested group
     * @param <T> the subject type
     * @return the criterion; empty when every rule is left out (or there is none)
     */
    static <T> Optional<Criterion<T>> read(List<JsonNode> elements, JsonPath path, Items<T> items) {
        List<Criterion<T>> disjuncts = new ArrayList<>();
        List<Criterion<T>> conjuncts = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            JsonPath at = path.index(i);
            if (i % 2 == 1) {
                if (combinator(element, at, i).equals("or")) {
                    close(conjuncts, disjuncts);
                }
                continue;
            }
            if (element.isTextual()) {
                throw SegmentJsonException.at(
                        at,
                        i == 0
                                ? "the group starts with the combinator '" + element.textValue()
                                        + "'; combinators go between rules"
                                : "found the combinator '" + element.textValue() + "' right after the combinator '"
                                        + elements.get(i - 1).textValue() + "'; expected a rule or a group");
            }
            items.read(element, at).ifPresent(conjuncts::add);
        }
        if (elements.size() % 2 == 0 && !elements.isEmpty()) {
            JsonNode last = elements.get(elements.size() - 1);
            throw SegmentJsonException.at(
                    path.index(elements.size() - 1),
                    "the group ends with the combinator '" + last.textValue() + "'; combinators go between rules");
        }
        close(conjuncts, disjuncts);
        return disjuncts.isEmpty() ? Optional.empty() : Optional.of(anyOf(disjuncts));
    }

    private static String combinator(JsonNode element, JsonPath path, int index) {
        if (element.isObject()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a combinator (\"and\" or \"or\") between rules[" + (index - 1) + "] and rules[" + index
                            + "]; a group without \"combinator\" has independent combinators between its rules");
        }
        if (!element.isTextual()) {
            throw SegmentJsonException.at(
                    path,
                    "expected a combinator (\"and\" or \"or\") between rules but found " + Values.describe(element));
        }
        return QueryBuilderReader.combinator(element, path);
    }

    private static <T> void close(List<Criterion<T>> conjuncts, List<Criterion<T>> disjuncts) {
        if (!conjuncts.isEmpty()) {
            disjuncts.add(allOf(conjuncts));
            conjuncts.clear();
        }
    }
}
