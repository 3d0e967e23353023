package io.segmentation.metrics;

import com.google.common.collect.ImmutableList;
import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.engine.Assignment;
import io.segmentation.engine.AssignmentMode;
import io.segmentation.engine.ProgressListener;
import io.segmentation.engine.SegmentEngine;
import io.segmentation.index.PopulationIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.roaringbitmap.RoaringBitmap;

/** Where a report or diagnostics get members from: a population index, or a plain collection and the engine. */
interface ReportSource<T> {

    /** The evaluation time of every answer. */
    EvaluationContext context();

    /** The number of subjects in the population. */
    int populationSize();

    /** The whole population, in input order. */
    List<T> population();

    /** The number of members of one of the segments. */
    int size(Segment<T> segment);

    /** The members of one of the segments, in input order. */
    List<T> members(Segment<T> segment);

    /** The number of members two of the segments share. */
    int overlap(Segment<T> a, Segment<T> b);

    static <T> ReportSource<T> of(PopulationIndex<T> index) {
        return new Indexed<>(index);
    }

    static <T> ReportSource<T> of(List<T> population, EvaluationContext context, List<Segment<T>> segments) {
        return new Assigned<>(population, context, segments, null, ProgressListener.none());
    }

    /** A collection's members assigned on {@code executor} (the common pool when null), reporting progress. */
    static <T> ReportSource<T> of(
            List<T> population,
            EvaluationContext context,
            List<Segment<T>> segments,
            Executor executor,
            ProgressListener progress) {
        return new Assigned<>(population, context, segments, executor, progress);
    }

    /** Sizes and members from the index's bitmaps; the population as the members of a criterion true for all. */
    final class Indexed<T> implements ReportSource<T> {
        private final PopulationIndex<T> index;

        Indexed(PopulationIndex<T> index) {
            this.index = index;
        }

        @Override
        public EvaluationContext context() {
            return index.context();
        }

        @Override
        public int populationSize() {
            return index.size();
        }

        @Override
        public List<T> population() {
            Criterion<T> everyone = Attributes.satisfies("population", subject -> true);
            return index.members(everyone);
        }

        @Override
        public int size(Segment<T> segment) {
            return index.count(segment);
        }

        @Override
        public List<T> members(Segment<T> segment) {
            return index.members(segment);
        }

        @Override
        public int overlap(Segment<T> a, Segment<T> b) {
            return index.overlap(a, b);
        }
    }

    /** Members of every segment assigned in one pass of a {@link SegmentEngine}, overlapping. */
    final class Assigned<T> implements ReportSource<T> {
        private final ImmutableList<T> population;
        private final EvaluationContext context;
        private final Assignment<T> assignment;
        private final Map<Segment<T>, RoaringBitmap> positions = new HashMap<>();

        Assigned(
                List<T> population,
                EvaluationContext context,
                List<Segment<T>> segments,
                Executor executor,
                ProgressListener progress) {
            this.population = ImmutableList.copyOf(population);
            this.context = context;
            SegmentEngine<T> engine = SegmentEngine.of(segments);
            this.assignment = executor == null
                    ? engine.assign(population, context, AssignmentMode.OVERLAPPING, progress)
                    : engine.assign(population, context, AssignmentMode.OVERLAPPING, executor, progress);
        }

        @Override
        public EvaluationContext context() {
            return context;
        }

        @Override
        public int populationSize() {
            return population.size();
        }

        @Override
        public List<T> population() {
            return population;
        }

        @Override
        public int size(Segment<T> segment) {
            return assignment.size(segment);
        }

        @Override
        public List<T> members(Segment<T> segment) {
            return assignment.members(segment);
        }

        @Override
        public int overlap(Segment<T> a, Segment<T> b) {
            return RoaringBitmap.andCardinality(positions(a), positions(b));
        }

        /** The positions of a segment's members in the population: members come in input order, a subsequence. */
        private RoaringBitmap positions(Segment<T> segment) {
            return positions.computeIfAbsent(segment, s -> {
                RoaringBitmap bitmap = new RoaringBitmap();
                int p = 0;
                for (T member : assignment.members(s)) {
                    while (population.get(p) != member && !population.get(p).equals(member)) {
                        p++;
                    }
                    bitmap.add(p++);
                }
                return bitmap;
            });
        }
    }
}
