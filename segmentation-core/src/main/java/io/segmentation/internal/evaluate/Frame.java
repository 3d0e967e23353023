package io.segmentation.internal.evaluate;

import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.NumberAttribute;
import java.util.Arrays;

/**
 * Per-thread scratch space for evaluating one subject: each distinct attribute is read at most once and each shared
 * sub-criterion decided at most once per subject. Slots are valid while their stamp equals the current generation,
 * so moving to the next subject costs one increment, not a clear.
 */
final class Frame {

    private int generation = 1;
    private final int[] numberStamps;
    private final double[] numbers;
    private final int[] valueStamps;
    private final Object[] values;
    private final int[] resultStamps;
    private final boolean[] results;
    boolean inUse;

    Frame(int numberSlots, int valueSlots, int resultSlots) {
        numberStamps = new int[numberSlots];
        numbers = new double[numberSlots];
        valueStamps = new int[valueSlots];
        values = new Object[valueSlots];
        resultStamps = new int[resultSlots];
        results = new boolean[resultSlots];
    }

    /** Forgets everything read so far: the next subject starts afresh. */
    void next() {
        generation++;
        if (generation == 0) {
            Arrays.fill(numberStamps, 0);
            Arrays.fill(valueStamps, 0);
            Arrays.fill(resultStamps, 0);
            generation = 1;
        }
    }

    <T> double number(int slot, NumberAttribute<T> attribute, T subject, EvaluationContext context) {
        if (numberStamps[slot] != generation) {
            numbers[slot] = attribute.readDouble(subject, context);
            numberStamps[slot] = generation;
        }
        return numbers[slot];
    }

    <T> Object value(int slot, Attribute<T, ?> attribute, T subject, EvaluationContext context) {
        if (valueStamps[slot] != generation) {
            values[slot] = attribute.read(subject, context);
            valueStamps[slot] = generation;
        }
        return values[slot];
    }

    boolean hasResult(int slot) {
        return resultStamps[slot] == generation;
    }

    boolean result(int slot) {
        return results[slot];
    }

    boolean remember(int slot, boolean result) {
        results[slot] = result;
        resultStamps[slot] = generation;
        return result;
    }
}
