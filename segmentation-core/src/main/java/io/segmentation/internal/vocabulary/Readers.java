package io.segmentation.internal.vocabulary;

import com.google.common.base.Preconditions;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.attribute.Window;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToDoubleBiFunction;

/**
 * Attributes of every family backed by a reading function of subject and context, each knowing its {@link Definition}:
 * the built-in row or the user factory call it comes from, its time dependence and its cost.
 */
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
     * @param definition where the attribute comes from, and its name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> NumberAttribute<T> number(
            Definition definition, List<?> parameters, ToDoubleBiFunction<? super T, EvaluationContext> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadNumber<>(definition, parameters, reader);
    }

    private static final class ReadNumber<T> extends NumberAttribute<T> implements Defined {
        private final Definition definition;
        private final ToDoubleBiFunction<? super T, EvaluationContext> reader;

        ReadNumber(Definition definition, List<?> parameters, ToDoubleBiFunction<? super T, EvaluationContext> reader) {
            super(definition.name(), parameters);
            this.definition = definition;
            this.reader = reader;
        }

        @Override
        public double readDouble(T subject, EvaluationContext context) {
            return reader.applyAsDouble(subject, context);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A text attribute; the reader returns null when missing.
     *
     * @param definition where the attribute comes from, and its name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> TextAttribute<T> text(
            Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, String> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadText<>(definition, parameters, reader);
    }

    private static final class ReadText<T> extends TextAttribute<T> implements Defined {
        private final Definition definition;
        private final BiFunction<? super T, EvaluationContext, String> reader;

        ReadText(Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, String> reader) {
            super(definition.name(), parameters);
            this.definition = definition;
            this.reader = reader;
        }

        @Override
        public String read(T subject, EvaluationContext context) {
            return reader.apply(subject, context);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A boolean attribute; the reader returns null when missing.
     *
     * @param definition where the attribute comes from, and its name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> BooleanAttribute<T> bool(
            Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, Boolean> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadBoolean<>(definition, parameters, reader);
    }

    private static final class ReadBoolean<T> extends BooleanAttribute<T> implements Defined {
        private final Definition definition;
        private final BiFunction<? super T, EvaluationContext, Boolean> reader;

        ReadBoolean(
                Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, Boolean> reader) {
            super(definition.name(), parameters);
            this.definition = definition;
            this.reader = reader;
        }

        @Override
        public Boolean read(T subject, EvaluationContext context) {
            return reader.apply(subject, context);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * An instant attribute; the reader returns null when missing.
     *
     * @param definition where the attribute comes from, and its name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> InstantAttribute<T> instant(
            Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, Instant> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadInstant<>(definition, parameters, reader);
    }

    private static final class ReadInstant<T> extends InstantAttribute<T> implements Defined {
        private final Definition definition;
        private final BiFunction<? super T, EvaluationContext, Instant> reader;

        ReadInstant(
                Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, Instant> reader) {
            super(definition.name(), parameters);
            this.definition = definition;
            this.reader = reader;
        }

        @Override
        public Instant read(T subject, EvaluationContext context) {
            return reader.apply(subject, context);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A set attribute; the reader returns null when missing.
     *
     * @param definition where the attribute comes from, and its name
     * @param parameters the parameters
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> SetAttribute<T> set(
            Definition definition, List<?> parameters, BiFunction<? super T, EvaluationContext, Set<String>> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadSet<>(definition, parameters, reader);
    }

    private static final class ReadSet<T> extends SetAttribute<T> implements Defined {
        private final Definition definition;
        private final BiFunction<? super T, EvaluationContext, Set<String>> reader;

        ReadSet(
                Definition definition,
                List<?> parameters,
                BiFunction<? super T, EvaluationContext, Set<String>> reader) {
            super(definition.name(), parameters);
            this.definition = definition;
            this.reader = reader;
        }

        @Override
        public Set<String> read(T subject, EvaluationContext context) {
            return reader.apply(subject, context);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A windowed number attribute.
     *
     * @param definition where the attribute comes from, and its name
     * @param qualifiers the parameters besides the window
     * @param window the window
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> WindowedNumberAttribute<T> windowedNumber(
            Definition definition, List<?> qualifiers, Window window, WindowedDouble<? super T> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadWindowedNumber<>(definition, qualifiers, window, reader);
    }

    private static final class ReadWindowedNumber<T> extends WindowedNumberAttribute<T> implements Defined {
        private final Definition definition;
        private final List<?> qualifiers;
        private final WindowBounds bounds;
        private final WindowedDouble<? super T> reader;

        ReadWindowedNumber(Definition definition, List<?> qualifiers, Window window, WindowedDouble<? super T> reader) {
            super(definition.name(), qualifiers, window);
            this.definition = definition;
            this.qualifiers = qualifiers;
            this.bounds = new WindowBounds(window);
            this.reader = reader;
        }

        @Override
        public double readDouble(T subject, EvaluationContext context) {
            WindowBounds.Resolved r = bounds.in(context);
            return reader.read(subject, r.start(), r.end(), context);
        }

        @Override
        protected WindowedNumberAttribute<T> withWindow(Window newWindow) {
            return windowedNumber(definition, qualifiers, newWindow, reader);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A windowed boolean attribute, never missing.
     *
     * @param definition where the attribute comes from, and its name
     * @param qualifiers the parameters besides the window
     * @param window the window
     * @param reader the reader
     * @param <T> the subject type
     * @return the attribute
     */
    public static <T> WindowedBooleanAttribute<T> windowedFlag(
            Definition definition, List<?> qualifiers, Window window, WindowedFlag<? super T> reader) {
        Preconditions.checkNotNull(reader, "reader");
        return new ReadWindowedFlag<>(definition, qualifiers, window, reader);
    }

    private static final class ReadWindowedFlag<T> extends WindowedBooleanAttribute<T> implements Defined {
        private final Definition definition;
        private final List<?> qualifiers;
        private final WindowBounds bounds;
        private final WindowedFlag<? super T> reader;

        ReadWindowedFlag(Definition definition, List<?> qualifiers, Window window, WindowedFlag<? super T> reader) {
            super(definition.name(), qualifiers, window);
            this.definition = definition;
            this.qualifiers = qualifiers;
            this.bounds = new WindowBounds(window);
            this.reader = reader;
        }

        @Override
        public Boolean read(T subject, EvaluationContext context) {
            WindowBounds.Resolved r = bounds.in(context);
            return reader.read(subject, r.start(), r.end(), context);
        }

        @Override
        protected WindowedBooleanAttribute<T> withWindow(Window newWindow) {
            return windowedFlag(definition, qualifiers, newWindow, reader);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }
}
