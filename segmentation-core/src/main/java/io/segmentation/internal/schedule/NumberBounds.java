package io.segmentation.internal.schedule;

import com.google.common.primitives.Doubles;
import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.ConditionVisitor;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.TextCondition;

/**
 * The numbers a number condition compares with: the only places where its answer can change as the value moves.
 * Empty for conditions on other kinds of value.
 */
final class NumberBounds implements ConditionVisitor<double[]> {

    private static final NumberBounds INSTANCE = new NumberBounds();
    private static final double[] NONE = {};

    private NumberBounds() {}

    static double[] of(Condition<?> condition) {
        return condition.accept(INSTANCE);
    }

    @Override
    public double[] visit(NumberCondition.Between c) {
        return new double[] {c.lower(), c.upper()};
    }

    @Override
    public double[] visit(NumberCondition.AtLeast c) {
        return new double[] {c.bound()};
    }

    @Override
    public double[] visit(NumberCondition.AtMost c) {
        return new double[] {c.bound()};
    }

    @Override
    public double[] visit(NumberCondition.GreaterThan c) {
        return new double[] {c.bound()};
    }

    @Override
    public double[] visit(NumberCondition.LessThan c) {
        return new double[] {c.bound()};
    }

    @Override
    public double[] visit(NumberCondition.Is c) {
        return new double[] {c.expected()};
    }

    @Override
    public double[] visit(NumberCondition.In c) {
        return Doubles.toArray(c.values());
    }

    @Override
    public double[] visit(TextCondition.Is c) {
        return NONE;
    }

    @Override
    public double[] visit(TextCondition.In c) {
        return NONE;
    }

    @Override
    public double[] visit(TextCondition.StartsWith c) {
        return NONE;
    }

    @Override
    public double[] visit(TextCondition.EndsWith c) {
        return NONE;
    }

    @Override
    public double[] visit(TextCondition.Contains c) {
        return NONE;
    }

    @Override
    public double[] visit(TextCondition.Matches c) {
        return NONE;
    }

    @Override
    public double[] visit(BooleanCondition.Is c) {
        return NONE;
    }

    @Override
    public double[] visit(InstantCondition.Before c) {
        return NONE;
    }

    @Override
    public double[] visit(InstantCondition.After c) {
        return NONE;
    }

    @Override
    public double[] visit(InstantCondition.Between c) {
        return NONE;
    }

    @Override
    public double[] visit(InstantCondition.Within c) {
        return NONE;
    }

    @Override
    public double[] visit(SetCondition.Contains c) {
        return NONE;
    }

    @Override
    public double[] visit(SetCondition.ContainsAny c) {
        return NONE;
    }

    @Override
    public double[] visit(SetCondition.ContainsAll c) {
        return NONE;
    }

    @Override
    public double[] visit(SetCondition.IsEmpty c) {
        return NONE;
    }
}
