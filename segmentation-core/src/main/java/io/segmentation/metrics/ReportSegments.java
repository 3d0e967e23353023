package io.segmentation.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.Segment;
import io.segmentation.internal.report.ReportFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The segments of a report, a matrix or diagnostics, as they are added: no nulls, no segment twice, and no two
 * segments with the same label (ignoring case), since rows, columns and messages are known by their labels.
 */
final class ReportSegments<T> {

    private final List<Segment<T>> segments = new ArrayList<>();
    private final Set<String> labels = new HashSet<>();

    /**
     * Adds segments after checking them all, so that a rejected call adds none; {@code argument} names the argument
     * in messages, and no segment may be labelled {@code reservedLabel} (ignoring case) unless it is null.
     */
    void addAll(Iterable<? extends Segment<T>> segments, String argument, String reservedLabel) {
        checkNotNull(segments, argument);
        List<Segment<T>> added = new ArrayList<>();
        Set<String> addedLabels = new HashSet<>();
        int i = 0;
        for (Segment<T> segment : segments) {
            checkNotNull(segment, "%s[%s] is null", argument, i);
            String label = ReportFormat.label(segment);
            checkArgument(
                    !this.segments.contains(segment) && !added.contains(segment),
                    "segment %s is given twice",
                    ReportFormat.quoted(segment));
            checkArgument(
                    reservedLabel == null || !key(label).equals(key(reservedLabel)),
                    "segment %s has the label of the population row; rename one (populationLabel(...))",
                    ReportFormat.quoted(segment));
            checkArgument(
                    !labels.contains(key(label)) && addedLabels.add(key(label)),
                    "two segments are labelled %s; give them distinct names",
                    ReportFormat.quoted(segment));
            added.add(segment);
            i++;
        }
        this.segments.addAll(added);
        labels.addAll(addedLabels);
    }

    /** Whether a segment has this label, ignoring case. */
    boolean hasLabel(String label) {
        return labels.contains(key(label));
    }

    List<Segment<T>> list() {
        return segments;
    }

    boolean isEmpty() {
        return segments.isEmpty();
    }

    private static String key(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
