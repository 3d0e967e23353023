/**
 * Attributes: named, typed ways to read a value from a subject, in families whose operators fit their values —
 * {@link io.segmentation.attribute.NumberAttribute}, {@link io.segmentation.attribute.TextAttribute},
 * {@link io.segmentation.attribute.BooleanAttribute}, {@link io.segmentation.attribute.InstantAttribute},
 * {@link io.segmentation.attribute.SetAttribute} — plus windowed aggregates over behaviour
 * ({@link io.segmentation.attribute.WindowedNumberAttribute}).
 *
 * <p>The built-in attributes of a customer are in {@link io.segmentation.Attributes}. Define your own over any type
 * and use the whole DSL on it:
 *
 * <pre>{@code
 * record Account(String id, Integer points, String plan) {}
 *
 * NumberAttribute<Account> points = Attribute.number("points", Account::points);
 * TextAttribute<Account> plan = Attribute.text("plan", Account::plan);
 * Segment<Account> engagedPro = Segment.where(points.atLeast(1_000)).and(plan.is("pro")).named("engaged-pro");
 * }</pre>
 */
package io.segmentation.attribute;
