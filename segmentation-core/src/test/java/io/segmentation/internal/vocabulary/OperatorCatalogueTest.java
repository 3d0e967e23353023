package io.segmentation.internal.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.NumberCondition;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.internal.describe.Phrase;
import io.segmentation.internal.describe.Phrases;
import io.segmentation.text.SegmentQuery;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The operator catalogue has one row per condition record, and every vocabulary accepts the names in it. */
class OperatorCatalogueTest {

    record Subject(Double number, String text, Boolean bool, Instant instant, Set<String> set) {}

    private static final NumberAttribute<Subject> NUMBER = Attribute.number("n", Subject::number);

    private static final Map<ValueType, Attribute<Subject, ?>> ATTRIBUTES = Map.of(
            ValueType.NUMBER, NUMBER,
            ValueType.TEXT, Attribute.text("t", Subject::text),
            ValueType.BOOLEAN, Attribute.bool("b", Subject::bool),
            ValueType.INSTANT, Attribute.instant("i", Subject::instant),
            ValueType.SET, Attribute.set("s", Subject::set));

    private static final Map<ValueType, Class<?>> ATTRIBUTE_CLASSES = Map.of(
            ValueType.NUMBER, NumberAttribute.class,
            ValueType.TEXT, TextAttribute.class,
            ValueType.BOOLEAN, BooleanAttribute.class,
            ValueType.INSTANT, InstantAttribute.class,
            ValueType.SET, SetAttribute.class);

    private static AttributeRegistry<Subject> registry() {
        AttributeRegistry<Subject> registry = AttributeRegistry.empty();
        for (ValueType family : ValueType.values()) {
            registry = registry.with(ATTRIBUTES.get(family));
        }
        return registry;
    }

    private static Set<Class<?>> conditionRecords() {
        Set<Class<?>> records = new HashSet<>();
        for (Class<?> family : Condition.class.getPermittedSubclasses()) {
            records.addAll(Arrays.asList(family.getPermittedSubclasses()));
        }
        return records;
    }

    @Test
    void has_exactly_one_row_per_permitted_condition_record_and_none_extra() {
        List<Class<?>> conditionRows = new ArrayList<>();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            if (row != OperatorCatalogue.PRESENCE) {
                conditionRows.add(row.record());
            }
        }

        assertThat(conditionRecords()).hasSize(22);
        assertThat(conditionRows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(conditionRecords());
    }

    @Test
    void every_condition_row_is_in_the_family_of_its_record() {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            if (row == OperatorCatalogue.PRESENCE) {
                continue;
            }
            Class<?> familyInterface = row.record().getInterfaces()[0];
            assertThat(row.families())
                    .as("%s", row)
                    .singleElement()
                    .satisfies(
                            family -> assertThat(ATTRIBUTE_CLASSES.get(family).getSimpleName())
                                    .isEqualTo(familyInterface.getSimpleName().replace("Condition", "Attribute")));
        }
    }

    @Test
    void the_presence_row_is_for_the_presence_criterion_of_every_family() {
        assertThat(OperatorCatalogue.PRESENCE.record()).isEqualTo(Criterion.Presence.class);
        assertThat(OperatorCatalogue.PRESENCE.families()).containsExactlyInAnyOrder(ValueType.values());
        assertThat(OperatorCatalogue.ofRecord(Criterion.Presence.class)).isEqualTo(OperatorCatalogue.PRESENCE);
    }

    @Test
    void every_dsl_name_is_a_public_method_of_the_family_attribute_class_returning_a_criterion() {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (ValueType family : row.families()) {
                Class<?> attributeClass = ATTRIBUTE_CLASSES.get(family);
                for (String name : row.dslNames()) {
                    assertThat(Arrays.stream(attributeClass.getMethods())
                                    .filter(m -> m.getName().equals(name))
                                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                                    .map(Method::getReturnType))
                            .as("%s.%s for %s", attributeClass.getSimpleName(), name, row)
                            .contains(Criterion.class);
                }
            }
        }
    }

    @Test
    void every_text_form_is_read_by_the_query_reader_as_its_row() {
        AttributeRegistry<Subject> registry = registry();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            for (ValueType family : row.families()) {
                for (String form : row.textForms()) {
                    assertReadsAs(registry, family, form, row, false);
                }
                for (String form : row.textNegatedForms()) {
                    assertReadsAs(registry, family, form, row, true);
                }
            }
        }
    }

    private static void assertReadsAs(
            AttributeRegistry<Subject> registry,
            ValueType family,
            String form,
            OperatorCatalogue row,
            boolean negated) {
        String text = ATTRIBUTES.get(family).name() + " " + OperatorCatalogue.fill(form, operands(family, row, form));
        Criterion<Subject> read = SegmentQuery.parser(registry).parse(text).criterion();

        if (row == OperatorCatalogue.PRESENCE) {
            assertThat(read)
                    .as(text)
                    .isInstanceOfSatisfying(
                            Criterion.Presence.class,
                            presence -> assertThat(presence.present()).as(text).isEqualTo(!negated));
            return;
        }
        Criterion<Subject> leaf = read instanceof Criterion.Not<Subject> not ? not.operand() : read;
        assertThat(read instanceof Criterion.Not).as(text).isEqualTo(negated);
        assertThat(leaf)
                .as(text)
                .isInstanceOfSatisfying(
                        Criterion.Comparison.class,
                        comparison -> assertThat(OperatorCatalogue.of(comparison.condition()))
                                .as(text)
                                .isEqualTo(row));
    }

    /** Operands the reader accepts for a form: numbers, quoted texts, times, lengths, booleans, lists. */
    private static List<String> operands(ValueType family, OperatorCatalogue row, String form) {
        String one = switch (family) {
            case NUMBER -> "3";
            case TEXT, SET -> "'a'";
            case BOOLEAN -> form.startsWith("IS") ? "TRUE" : "true";
            case INSTANT -> row == OperatorCatalogue.INSTANT_WITHIN ? "30d" : "-30d";
        };
        return switch (row.shape()) {
            case NONE -> List.of();
            case ONE -> List.of(one);
            case PAIR -> List.of(one, family == ValueType.INSTANT ? "now" : "4");
            case LIST -> List.of("(" + one + ")");
        };
    }

    @Test
    void a_condition_and_presence_print_with_their_canonical_text_forms() {
        Criterion<Subject> between = NUMBER.between(1, 2);
        assertThat(SegmentQuery.toText(between))
                .isEqualTo("n " + OperatorCatalogue.fill(OperatorCatalogue.NUMBER_BETWEEN.text(), List.of("1", "2")));
        assertThat(SegmentQuery.toText(ATTRIBUTES.get(ValueType.SET).isMissing()))
                .isEqualTo("s " + OperatorCatalogue.PRESENCE.textNegated());
    }

    @Test
    void english_phrases_fill_the_row_templates() {
        Phrase phrase = Phrases.of(new NumberCondition.Between(18, 25));

        assertThat(phrase).isEqualTo(new Phrase("is between 18 and 25", "is not between 18 and 25"));
        assertThat(Phrases.presence(false)).isEqualTo(OperatorCatalogue.PRESENCE.englishNegated());
    }

    @Test
    void fill_does_not_read_placeholders_inside_operands() {
        assertThat(OperatorCatalogue.fill("BETWEEN {0} AND {1}", List.of("'{1}'", "2")))
                .isEqualTo("BETWEEN '{1}' AND 2");
    }

    @Test
    void json_names_and_react_querybuilder_names_of_a_row_are_distinct_within_it() {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            assertThat(row.jsonNames()).as("%s", row).doesNotHaveDuplicates().isNotEmpty();
            assertThat(row.dslNames()).as("%s", row).isNotEmpty();
            if (row.rqbNegated() != null) {
                assertThat(row.rqb()).as("%s", row).isNotNull().isNotEqualTo(row.rqbNegated());
            }
        }
    }
}
