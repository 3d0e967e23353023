package io.segmentation.text;

import io.segmentation.attribute.ValueType;
import io.segmentation.internal.vocabulary.OperatorCatalogue;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The query language's comparison forms, read from the {@link OperatorCatalogue}: templates of words and operand
 * placeholders such as {@code STARTS WITH {0}} or {@code BETWEEN {0} AND {1}}, and the rows that read each.
 */
final class TextForms {

    /** Every text form of the catalogue, affirmed and negated, in catalogue order. */
    static final List<String> ALL = forms();

    /** The words that begin a comparison, in catalogue order, for "did you mean" suggestions. */
    static final List<String> FIRST_WORDS = firstWords();

    private static final String PLACEHOLDER_START = "{";

    /** A catalogue row read from a form, and whether the form says its complement. */
    record Resolved(OperatorCatalogue row, boolean negated) {}

    private TextForms() {}

    static boolean isPlaceholder(String word) {
        return word.startsWith(PLACEHOLDER_START);
    }

    /** Whether the operand of a form is a parenthesised list ({@code IN (…)}). */
    static boolean takesList(String form) {
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            if (row.shape() == OperatorCatalogue.Shape.LIST && reads(row, form)) {
                return true;
            }
        }
        return false;
    }

    /** The families of every row that reads a form. */
    static Set<ValueType> families(String form) {
        Set<ValueType> families = EnumSet.noneOf(ValueType.class);
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            if (reads(row, form)) {
                families.addAll(row.families());
            }
        }
        return families;
    }

    /** {@code TRUE} for a form that tests presence, {@code FALSE} for one that tests absence, else null. */
    static Boolean presence(String form) {
        if (OperatorCatalogue.PRESENCE.textForms().contains(form)) {
            return Boolean.TRUE;
        }
        return OperatorCatalogue.PRESENCE.textNegatedForms().contains(form) ? Boolean.FALSE : null;
    }

    /** The family's row that reads a form, or null when the family has none. */
    static Resolved resolve(String form, ValueType family) {
        for (OperatorCatalogue row : OperatorCatalogue.of(family)) {
            if (row.textForms().contains(form)) {
                return new Resolved(row, false);
            }
            if (row.textNegatedForms().contains(form)) {
                return new Resolved(row, true);
            }
        }
        return null;
    }

    private static boolean reads(OperatorCatalogue row, String form) {
        return row.textForms().contains(form) || row.textNegatedForms().contains(form);
    }

    private static List<String> forms() {
        Set<String> forms = new LinkedHashSet<>();
        for (OperatorCatalogue row : OperatorCatalogue.values()) {
            forms.addAll(row.textForms());
            forms.addAll(row.textNegatedForms());
        }
        return List.copyOf(forms);
    }

    private static List<String> firstWords() {
        Set<String> words = new LinkedHashSet<>();
        for (String form : ALL) {
            String first = form.split(" ")[0];
            if (Character.isLetter(first.charAt(0))) {
                words.add(first);
            }
        }
        return List.copyOf(words);
    }
}
