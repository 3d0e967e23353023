package io.segmentation.testkit;

import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.Criterion;
import io.segmentation.CriterionVisitor;
import io.segmentation.InstantCondition;
import io.segmentation.TextCondition;
import io.segmentation.TimePoint;
import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts what kinds of things appear in criteria — record types, condition types, time points, windows, attribute
 * names, custom attribute types — walking into referenced segments and event filters, so that tests can check that
 * generators cover the whole vocabulary.
 */
final class CriterionCensus implements CriterionVisitor<Object, Void> {

    private final Set<String> seen = new TreeSet<>();

    /** Everything seen so far, as {@code kind:name} strings. */
    Set<String> seen() {
        return seen;
    }

    /** Records every kind in {@code criterion}. */
    @SuppressWarnings("unchecked")
    void add(Criterion<?> criterion) {
        ((Criterion<Object>) criterion).accept(this);
    }

    static String kind(Class<?> type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    private void attribute(Attribute<?, ?> attribute) {
        seen.add("attribute:" + attribute.name());
        for (Object p : attribute.parameters()) {
            if (p instanceof Window w) {
                seen.add("window:" + kind(w.getClass()));
                if (w instanceof Window.Last last) {
                    duration(last.duration());
                }
            } else if (p instanceof Criterion<?> filter) {
                seen.add("eventFilter");
                add(filter);
            } else if (p instanceof ValueType t) {
                seen.add("valueType:" + t);
            }
        }
    }

    private static boolean ignoresCase(TextCondition c) {
        if (c instanceof TextCondition.Is is) {
            return is.ignoreCase();
        } else if (c instanceof TextCondition.In in) {
            return in.ignoreCase();
        } else if (c instanceof TextCondition.StartsWith sw) {
            return sw.ignoreCase();
        } else if (c instanceof TextCondition.EndsWith ew) {
            return ew.ignoreCase();
        } else if (c instanceof TextCondition.Contains co) {
            return co.ignoreCase();
        }
        return ((TextCondition.Matches) c).ignoreCase();
    }

    private void duration(Duration d) {
        if (d.getNano() != 0) {
            seen.add("subSecondDuration");
        }
    }

    private void point(TimePoint p) {
        seen.add("timePoint:" + kind(p.getClass()));
        if (p instanceof TimePoint.DurationAgo ago) {
            duration(ago.duration());
        }
    }

    @Override
    public <V> Void visitComparison(Criterion.Comparison<Object, V> comparison) {
        seen.add("criterion:" + kind(Criterion.Comparison.class));
        attribute(comparison.attribute());
        Condition<V> c = comparison.condition();
        seen.add("condition:" + kind(c.getClass()));
        if (c instanceof TextCondition t && ignoresCase(t)) {
            seen.add("condition:" + kind(c.getClass()) + ":ignoringCase");
        } else if (c instanceof BooleanCondition.Is b) {
            seen.add("boolean:" + b.expected());
        } else if (c instanceof InstantCondition.Before before) {
            point(before.point());
        } else if (c instanceof InstantCondition.After after) {
            point(after.point());
        } else if (c instanceof InstantCondition.Between between) {
            point(between.from());
            point(between.to());
        } else if (c instanceof InstantCondition.Within within) {
            duration(within.duration());
        }
        return null;
    }

    @Override
    public Void visitPresence(Criterion.Presence<Object> presence) {
        seen.add("criterion:" + kind(Criterion.Presence.class));
        seen.add("present:" + presence.present());
        attribute(presence.attribute());
        return null;
    }

    @Override
    public Void visitAnd(Criterion.And<Object> and) {
        seen.add("criterion:" + kind(Criterion.And.class));
        and.operands().forEach(this::add);
        return null;
    }

    @Override
    public Void visitOr(Criterion.Or<Object> or) {
        seen.add("criterion:" + kind(Criterion.Or.class));
        or.operands().forEach(this::add);
        return null;
    }

    @Override
    public Void visitNot(Criterion.Not<Object> not) {
        seen.add("criterion:" + kind(Criterion.Not.class));
        add(not.operand());
        return null;
    }

    @Override
    public Void visitInSegment(Criterion.InSegment<Object> inSegment) {
        seen.add("criterion:" + kind(Criterion.InSegment.class));
        seen.add("segment:" + inSegment.segment().name().orElseThrow());
        add(inSegment.segment().criterion());
        return null;
    }

    @Override
    public Void visitCustom(Criterion.Custom<Object> custom) {
        seen.add("criterion:" + kind(Criterion.Custom.class));
        return null;
    }
}
