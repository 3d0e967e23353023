package io.segmentation.internal.vocabulary;

import com.google.common.collect.ImmutableList;
import io.segmentation.Criterion;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import java.util.List;

/**
 * One row's words in the {@link OperatorCatalogue}, gathered fluently so that the table reads as a table, and the
 * call of its DSL method with operands already read.
 */
final class OperatorWords {
    ImmutableList<String> dsl;
    ImmutableList<String> text;
    ImmutableList<String> textNegated;
    ImmutableList<String> json;
    String rqb;
    String rqbNegated;
    String english;
    String englishNegated;
    Call<Attribute<?, ?>> call;

    private OperatorWords() {}

    static OperatorWords words() {
        return new OperatorWords();
    }

    OperatorWords dsl(String... names) {
        dsl = ImmutableList.copyOf(names);
        return this;
    }

    OperatorWords call(Call<Attribute<?, ?>> dslCall) {
        call = dslCall;
        return this;
    }

    OperatorWords text(String affirmed, String negated) {
        text = ImmutableList.of(affirmed);
        textNegated = negated == null ? ImmutableList.of() : ImmutableList.of(negated);
        return this;
    }

    OperatorWords textAliases(List<String> affirmed, List<String> negated) {
        text = ImmutableList.<String>builder().addAll(text).addAll(affirmed).build();
        textNegated = ImmutableList.<String>builder()
                .addAll(textNegated)
                .addAll(negated)
                .build();
        return this;
    }

    OperatorWords json(String... names) {
        json = ImmutableList.copyOf(names);
        return this;
    }

    OperatorWords rqb(String affirmed, String negated) {
        rqb = affirmed;
        rqbNegated = negated;
        return this;
    }

    OperatorWords english(String affirmed, String negated) {
        english = affirmed;
        englishNegated = negated;
        return this;
    }

    /** A DSL method called with operands already read. */
    @FunctionalInterface
    interface Call<A> {
        Criterion<?> call(A attribute, List<?> operands, boolean ignoreCase);
    }

    static Call<Attribute<?, ?>> onNumber(Call<NumberAttribute<?>> call) {
        return (a, o, ic) -> call.call((NumberAttribute<?>) a, o, ic);
    }

    static Call<Attribute<?, ?>> onText(Call<TextAttribute<?>> call) {
        return (a, o, ic) -> call.call((TextAttribute<?>) a, o, ic);
    }

    static Call<Attribute<?, ?>> onBool(Call<BooleanAttribute<?>> call) {
        return (a, o, ic) -> call.call((BooleanAttribute<?>) a, o, ic);
    }

    static Call<Attribute<?, ?>> onInstant(Call<InstantAttribute<?>> call) {
        return (a, o, ic) -> call.call((InstantAttribute<?>) a, o, ic);
    }

    static Call<Attribute<?, ?>> onSet(Call<SetAttribute<?>> call) {
        return (a, o, ic) -> call.call((SetAttribute<?>) a, o, ic);
    }

    static double numberAt(List<?> operands, int index) {
        return (Double) operands.get(index);
    }

    static String textOf(List<?> operands) {
        return (String) operands.get(0);
    }

    static TimePoint pointAt(List<?> operands, int index) {
        return (TimePoint) operands.get(index);
    }

    @SuppressWarnings("unchecked") // the readers pass a list operand as a list of the family's values
    static <E> List<E> listOf(List<?> operands) {
        return (List<E>) operands.get(0);
    }
}
