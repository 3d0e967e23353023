package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.segmentation.Attributes;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.index.PopulationIndex;
import io.segmentation.internal.report.DiagnosticsText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quality of a set of segments over one population: how they overlap, who is in none or in several, and which
 * segments are too small to act on, too broad to mean anything, or nearly the same as another — the signs of over-
 * and under-segmentation.
 *
 * <pre>{@code
 * SegmentDiagnostics<Customer> diagnostics = SegmentDiagnostics.builder(index)
 *         .segments(vip, lapsed, newsletter, everyone)
 *         .minimumSize(50)          // TOO_SMALL below 50 members ...
 *         .minimumShare(0.01)       // ... or below 1% of the population
 *         .maximumShare(0.8)        // TOO_BROAD above 80%
 *         .nearlyIdenticalAt(0.9)   // NEARLY_IDENTICAL at Jaccard 0.9 or more
 *         .build();
 * diagnostics.warnings().forEach(w -> alerts.send(w.message()));    // each is also logged at WARN
 * // segment 'everyone' has 9,500 members, 95.0% of 10,000: above the maximum share of 80.0%, too broad to mean anything
 * System.out.println(diagnostics.toText());
 * }</pre>
 *
 * <p>Warnings, in segment order and then pair by pair:
 *
 * <ul>
 *   <li>{@link WarningKind#EMPTY}: no member;
 *   <li>{@link WarningKind#TOO_SMALL}: fewer members than the minimum size (default {@value #DEFAULT_MINIMUM_SIZE}),
 *       or a smaller share of the population than the minimum share (default 1%); empty segments are EMPTY instead;
 *   <li>{@link WarningKind#TOO_BROAD}: a larger share than the maximum share (default 80%);
 *   <li>{@link WarningKind#NEARLY_IDENTICAL}: two non-empty segments whose {@linkplain OverlapMatrix#jaccard Jaccard
 *       similarity} is at least the threshold (default 0.9).
 * </ul>
 *
 * <p>Every warning is also logged, once, when the diagnostics are built: logger
 * {@code io.segmentation.metrics.SegmentDiagnostics} at WARN, with the warning's kind and message (segment labels,
 * counts and shares; never a customer's data).
 *
 * <p>Unlike a {@link SegmentReport}, diagnostics show exact sizes however small: they are for the people who design
 * segments, not for publishing. Shares of an empty population are 0. Immutable; everything is computed by
 * {@link Builder#build()}.
 *
 * @param <T> the member type
 * @since 0.1.0
 */
public final class SegmentDiagnostics<T> {

    /** The default minimum size below which a segment is too small to act on. */
    public static final int DEFAULT_MINIMUM_SIZE = 10;

    /** The default minimum share of the population below which a segment is too small to act on. */
    public static final double DEFAULT_MINIMUM_SHARE = 0.01;

    /** The default maximum share of the population above which a segment is too broad to mean anything. */
    public static final double DEFAULT_MAXIMUM_SHARE = 0.8;

    /** The default Jaccard similarity at or above which two segments are nearly identical. */
    public static final double DEFAULT_NEARLY_IDENTICAL = 0.9;

    /**
     * What a warning is about.
     *
     * @since 0.1.0
     */
    public enum WarningKind {
        /** A segment without members. */
        EMPTY,
        /** A segment below the minimum size or share: too small to act on. */
        TOO_SMALL,
        /** A segment above the maximum share: too broad to tell its members from everyone else. */
        TOO_BROAD,
        /** Two segments with (almost) the same members: one of them is probably redundant. */
        NEARLY_IDENTICAL
    }

    /**
     * A finding about one segment, or a pair of segments.
     *
     * @param kind what it is about
     * @param segments the segment, or the two segments of a pair, in the diagnostics' order
     * @param message a sentence naming the segments and the numbers, e.g. "segment 'vip' has 4 members, 0.4% of
     *     1,000: below the minimum size of 10, too small to act on"
     * @param <T> the member type
     * @since 0.1.0
     */
    public record Warning<T>(WarningKind kind, List<Segment<T>> segments, String message) {
        /** Validates and copies. */
        public Warning {
            checkNotNull(kind, "kind");
            segments = ImmutableList.copyOf(checkNotNull(segments, "segments"));
            checkNotNull(message, "message");
            checkArgument(!segments.isEmpty(), "a warning names at least one segment");
        }
    }

    /**
     * Who is covered by the segments.
     *
     * @param population the number of subjects in the population
     * @param covered how many are in at least one segment
     * @param inNoSegment how many are in none: {@code population - covered}
     * @param inSeveralSegments how many are in two or more
     * @since 0.1.0
     */
    public record Coverage(int population, int covered, int inNoSegment, int inSeveralSegments) {
        /** Validates that the counts fit together. */
        public Coverage {
            checkArgument(population >= 0, "population must not be negative but was %s", population);
            checkArgument(
                    covered >= 0 && covered <= population,
                    "covered must be between 0 and population %s but was %s",
                    population,
                    covered);
            checkArgument(
                    inNoSegment == population - covered,
                    "inNoSegment must be population - covered = %s but was %s",
                    population - covered,
                    inNoSegment);
            checkArgument(
                    inSeveralSegments >= 0 && inSeveralSegments <= covered,
                    "inSeveralSegments must be between 0 and covered %s but was %s",
                    covered,
                    inSeveralSegments);
        }

        /**
         * The share of the population in at least one segment.
         *
         * @return between 0 and 1; 0 for an empty population
         */
        public double coveredShare() {
            return share(covered, population);
        }

        /**
         * The share of the population in no segment.
         *
         * @return between 0 and 1; 0 for an empty population
         */
        public double inNoSegmentShare() {
            return share(inNoSegment, population);
        }

        /**
         * The share of the population in two or more segments.
         *
         * @return between 0 and 1; 0 for an empty population
         */
        public double inSeveralSegmentsShare() {
            return share(inSeveralSegments, population);
        }
    }

    private final ImmutableList<Segment<T>> segments;
    private final EvaluationContext context;
    private final int populationSize;
    private final int minimumSize;
    private final double minimumShare;
    private final double maximumShare;
    private final double nearlyIdentical;
    private final OverlapMatrix<T> overlap;
    private final Coverage coverage;
    private final ImmutableList<Warning<T>> warnings;

    private static final Logger log = LoggerFactory.getLogger(SegmentDiagnostics.class);

    private SegmentDiagnostics(Builder<T> config, List<Segment<T>> segments) {
        this.segments = ImmutableList.copyOf(segments);
        this.context = config.index.context();
        this.populationSize = config.index.size();
        this.minimumSize = config.minimumSize;
        this.minimumShare = config.minimumShare;
        this.maximumShare = config.maximumShare;
        this.nearlyIdentical = config.nearlyIdentical;
        this.overlap = OverlapMatrix.compute(config.index, this.segments);
        this.coverage = coverage(config.index, this.segments);
        this.warnings = ImmutableList.copyOf(new SegmentDiagnosticsWarnings<>(
                        overlap, populationSize, minimumSize, minimumShare, maximumShare, nearlyIdentical)
                .all());
        if (log.isWarnEnabled()) {
            for (Warning<T> warning : warnings) {
                log.warn("segment diagnostics, {}: {}", warning.kind(), warning.message());
            }
        }
    }

    /**
     * Diagnostics of segments with the default thresholds.
     *
     * @param index the population
     * @param segments at least one segment; distinct, with distinct labels
     * @param <T> the member type
     * @return the diagnostics
     * @throws IllegalArgumentException if a segment or a label is given twice
     * @throws IllegalStateException if there is no segment
     */
    public static <T> SegmentDiagnostics<T> of(PopulationIndex<T> index, Iterable<? extends Segment<T>> segments) {
        return builder(index).segments(segments).build();
    }

    /**
     * Starts configuring diagnostics over the population of an index.
     *
     * @param index the population
     * @param <T> the member type
     * @return a builder with the default thresholds
     */
    public static <T> Builder<T> builder(PopulationIndex<T> index) {
        return new Builder<>(checkNotNull(index, "index"));
    }

    /**
     * The segments, in the order given.
     *
     * @return the segments, an immutable list
     */
    public List<Segment<T>> segments() {
        return segments;
    }

    /**
     * The evaluation time of the index.
     *
     * @return the context
     */
    public EvaluationContext context() {
        return context;
    }

    /**
     * The number of subjects in the population.
     *
     * @return the population size
     */
    public int populationSize() {
        return populationSize;
    }

    /**
     * The minimum size below which a segment is TOO_SMALL.
     *
     * @return the threshold
     */
    public int minimumSize() {
        return minimumSize;
    }

    /**
     * The minimum share below which a segment is TOO_SMALL.
     *
     * @return the threshold, between 0 and 1
     */
    public double minimumShare() {
        return minimumShare;
    }

    /**
     * The maximum share above which a segment is TOO_BROAD.
     *
     * @return the threshold, between 0 and 1
     */
    public double maximumShare() {
        return maximumShare;
    }

    /**
     * The Jaccard similarity at or above which two segments are NEARLY_IDENTICAL.
     *
     * @return the threshold, in (0, 1]
     */
    public double nearlyIdenticalAt() {
        return nearlyIdentical;
    }

    /**
     * The overlaps of every pair of segments, and their sizes on the diagonal.
     *
     * @return the matrix
     */
    public OverlapMatrix<T> overlap() {
        return overlap;
    }

    /**
     * Who is in no segment, and who is in several.
     *
     * @return the coverage
     */
    public Coverage coverage() {
        return coverage;
    }

    /**
     * The warnings: per segment in order (EMPTY, TOO_SMALL, TOO_BROAD), then per pair (NEARLY_IDENTICAL).
     *
     * @return the warnings, an immutable list, empty when all is well
     */
    public List<Warning<T>> warnings() {
        return warnings;
    }

    /**
     * The diagnostics as text: the sizes and shares, the overlap matrix, the coverage and the warnings.
     *
     * @return the text, lines ending in {@code \n}
     */
    public String toText() {
        return DiagnosticsText.render(this);
    }

    @Override
    public String toString() {
        return "SegmentDiagnostics[" + segments.size() + " segments, population " + populationSize + ", "
                + warnings.size() + " warnings]";
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static <T> Coverage coverage(PopulationIndex<T> index, List<Segment<T>> segments) {
        int covered = index.count(
                Attributes.anyOf(segments.stream().map(Segment::criterion).toList()));
        Map<String, Integer> memberships = new HashMap<>();
        for (Segment<T> segment : segments) {
            for (String id : index.memberIds(segment)) {
                memberships.merge(id, 1, Integer::sum);
            }
        }
        int several = (int) memberships.values().stream().filter(n -> n > 1).count();
        return new Coverage(index.size(), covered, index.size() - covered, several);
    }

    /**
     * Configures {@link SegmentDiagnostics}; each setting is checked when it is made. Not thread-safe.
     *
     * @param <T> the member type
     * @since 0.1.0
     */
    public static final class Builder<T> {

        private final PopulationIndex<T> index;
        private final ReportSegments<T> segments = new ReportSegments<>();
        private int minimumSize = DEFAULT_MINIMUM_SIZE;
        private double minimumShare = DEFAULT_MINIMUM_SHARE;
        private double maximumShare = DEFAULT_MAXIMUM_SHARE;
        private double nearlyIdentical = DEFAULT_NEARLY_IDENTICAL;

        private Builder(PopulationIndex<T> index) {
            this.index = index;
        }

        /**
         * Adds segments, after those added before.
         *
         * @param segments the segments
         * @return this builder
         * @throws IllegalArgumentException if a segment or a label (name, or query text when unnamed) is given twice
         */
        @SafeVarargs
        public final Builder<T> segments(Segment<T>... segments) {
            checkNotNull(segments, "segments");
            return segments(Arrays.asList(segments));
        }

        /**
         * Adds segments, after those added before.
         *
         * @param segments the segments
         * @return this builder
         * @throws IllegalArgumentException if a segment or a label (name, or query text when unnamed) is given twice
         */
        public Builder<T> segments(Iterable<? extends Segment<T>> segments) {
            this.segments.addAll(segments, "segments", null);
            return this;
        }

        /**
         * Sets the size below which a non-empty segment is TOO_SMALL.
         *
         * @param minimumSize at least 0 (0 turns the check off); default {@value SegmentDiagnostics#DEFAULT_MINIMUM_SIZE}
         * @return this builder
         */
        public Builder<T> minimumSize(int minimumSize) {
            checkArgument(minimumSize >= 0, "minimumSize must not be negative but was %s", minimumSize);
            this.minimumSize = minimumSize;
            return this;
        }

        /**
         * Sets the share of the population below which a non-empty segment is TOO_SMALL.
         *
         * @param minimumShare between 0 (off) and 1, below the maximum share; default 0.01
         * @return this builder
         */
        public Builder<T> minimumShare(double minimumShare) {
            checkArgument(
                    minimumShare >= 0 && minimumShare <= 1,
                    "minimumShare must be between 0 and 1 but was %s",
                    minimumShare);
            checkArgument(
                    minimumShare < maximumShare,
                    "minimumShare %s must be below maximumShare %s",
                    minimumShare,
                    maximumShare);
            this.minimumShare = minimumShare;
            return this;
        }

        /**
         * Sets the share of the population above which a segment is TOO_BROAD.
         *
         * @param maximumShare above 0 and at most 1 (1 turns the check off), above the minimum share; default 0.8
         * @return this builder
         */
        public Builder<T> maximumShare(double maximumShare) {
            checkArgument(
                    maximumShare > 0 && maximumShare <= 1,
                    "maximumShare must be above 0 and at most 1 but was %s",
                    maximumShare);
            checkArgument(
                    maximumShare > minimumShare,
                    "maximumShare %s must be above minimumShare %s",
                    maximumShare,
                    minimumShare);
            this.maximumShare = maximumShare;
            return this;
        }

        /**
         * Sets the Jaccard similarity at or above which two non-empty segments are NEARLY_IDENTICAL.
         *
         * @param jaccard above 0 and at most 1 (1: only segments with exactly the same members); default 0.9
         * @return this builder
         */
        public Builder<T> nearlyIdenticalAt(double jaccard) {
            checkArgument(
                    jaccard > 0 && jaccard <= 1, "nearlyIdenticalAt must be above 0 and at most 1 but was %s", jaccard);
            this.nearlyIdentical = jaccard;
            return this;
        }

        /**
         * Computes the diagnostics.
         *
         * @return the diagnostics
         * @throws IllegalStateException if no segment was added
         */
        public SegmentDiagnostics<T> build() {
            checkState(!segments.isEmpty(), "diagnostics need at least one segment: call segments(...) before build()");
            return new SegmentDiagnostics<>(this, segments.list());
        }
    }
}
