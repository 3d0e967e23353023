package io.segmentation.internal;

import com.google.common.base.Preconditions;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.Window;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.engine.EvaluationContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleBiFunction;

/** Attributes of every family backed by a reading function of subject and context. */
public final class Readers {

    private Readers() {}

    /**
     * Reads a window-restricted number.
     *
     * @param <T> the subject type
     */
    @FunctionalInterface
    public interface WindowedDouble<T> {
        /**
         * Reads the aggregate.
         *
         * @param subject the subject
         * @param start the window's inclusive start in this context
         * @param end the window's exclusive end in this context
         * @param context the context
         * @return the value, NaN when missing
         */
        double read(T subject, Instant start, Instant end, EvaluationContext context);
    }

    /**
     * Reads a window-restricted fact.
     *
     * @param <T> the subject type
     */
    @FunctionalInterface
    public interface WindowedFlag<T> {
        /**
         * Reads the fact.
         *
         * @param subject the subject
         * @param start the window's inclusive start in this context
         * @param end the window's exclusive end in this context
         * @param context the context
         * @return the value
         */
        boolean read(T subject, Instant start, Instant end, EvaluationContext context);
    }

    /**
     * A number attribute; the reader returns NaN when missing.
     *
     * @param name the name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> NumberAttribute<T> number(
            String name, List<?> parameters, ToDoubleBiFunction<? super T, EvaluationContext> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new NumberAttribute<>(name, parameters) {
            @Override
            public double readDouble(T subject, EvaluationContext context) {
                return reader.applyAsDouble(subject, context);
            }
        };
    }

    /**
     * A text attribute; the reader returns null when missing.
     *
     * @param name the name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> TextAttribute<T> text(
            String name, List<?> parameters, BiFunction<? super T, EvaluationContext, String> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new TextAttribute<>(name, parameters) {
            @Override
            public String read(T subject, EvaluationContext context) {
                return reader.apply(subject, context);
            }
        };
    }

    /**
     * A boolean attribute; the reader returns null when missing.
     *
     * @param name the name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> BooleanAttribute<T> bool(
            String name, List<?> parameters, BiFunction<? super T, EvaluationContext, Boolean> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new BooleanAttribute<>(name, parameters) {
            @Override
            public Boolean read(T subject, EvaluationContext context) {
                return reader.apply(subject, context);
            }
        };
    }

    /**
     * An instant attribute; the reader returns null when missing.
     *
     * @param name the name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> InstantAttribute<T> instant(
            String name, List<?> parameters, BiFunction<? super T, EvaluationContext, Instant> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new InstantAttribute<>(name, parameters) {
            @Override
            public Instant read(T subject, EvaluationContext context) {
                return reader.apply(subject, context);
            }
        };
    }

    /**
     * A set attribute; the reader returns null when missing.
     *
     * @param name the name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> SetAttribute<T> set(
            String name, List<?> parameters, BiFunction<? super T, EvaluationContext, Set<String>> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new SetAttribute<>(name, parameters) {
            @Override
            public Set<String> read(T subject, EvaluationContext context) {
                return reader.apply(subject, context);
            }
        };
    }

    /**
     * A windowed number attribute.
     *
     * @param name the name
     * @param qualifiers the parameters besides the window
     * @param window the window
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> WindowedNumberAttribute<T> windowedNumber(
            String name, List<?> qualifiers, Window window, WindowedDouble<? super T> reader) {
        Preconditions.checkNotNull(reader, "reader");
        WindowBounds bounds = new WindowBounds(window);
        return new WindowedNumberAttribute<>(name, qualifiers, window) {
            @Override
            public double readDouble(T subject, EvaluationContext context) {
                WindowBounds.Resolved r = bounds.in(context);
                return reader.read(subject, r.start(), r.end(), context);
            }

            @Override
            protected WindowedNumberAttribute<T> withWindow(Window newWindow) {
                return windowedNumber(name, qualifiers, newWindow, reader);
            }
        };
    }

    /**
     * A windowed boolean attribute, never missing.
     *
     * @param name the name
     * @param qualifiers the parameters besides the window
     * @param window the window
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> WindowedBooleanAttribute<T> windowedFlag(
            String name, List<?> qualifiers, Window window, WindowedFlag<? super T> reader) {
        Preconditions.checkNotNull(reader, "reader");
        WindowBounds bounds = new WindowBounds(window);
        return new WindowedBooleanAttribute<>(name, qualifiers, window) {
            @Override
            public Boolean read(T subject, EvaluationContext context) {
                WindowBounds.Resolved r = bounds.in(context);
                return reader.read(subject, r.start(), r.end(), context);
            }

            @Override
            protected WindowedBooleanAttribute<T> withWindow(Window newWindow) {
                return windowedFlag(name, qualifiers, newWindow, reader);
            }
        };
    }
}
