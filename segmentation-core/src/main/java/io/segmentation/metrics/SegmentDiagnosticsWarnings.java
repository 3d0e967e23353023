package io.segmentation.metrics;

import static io.segmentation.metrics.SegmentDiagnostics.share;

import io.segmentation.Segment;
import io.segmentation.internal.report.ReportFormat;
import io.segmentation.metrics.SegmentDiagnostics.Warning;
import io.segmentation.metrics.SegmentDiagnostics.WarningKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the warnings of a set of segments from their overlap matrix, and words them: the one place for that. */
final class SegmentDiagnosticsWarnings<T> {

    private final OverlapMatrix<T> overlap;
    private final int population;
    private final int minimumSize;
    private final double minimumShare;
    private final double maximumShare;
    private final double nearlyIdentical;

    SegmentDiagnosticsWarnings(
            OverlapMatrix<T> overlap,
            int population,
            int minimumSize,
            double minimumShare,
            double maximumShare,
            double nearlyIdentical) {
        this.overlap = overlap;
        this.population = population;
        this.minimumSize = minimumSize;
        this.minimumShare = minimumShare;
        this.maximumShare = maximumShare;
        this.nearlyIdentical = nearlyIdentical;
    }

    List<Warning<T>> all() {
        List<Warning<T>> warnings = new ArrayList<>();
        List<Segment<T>> segments = overlap.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment<T> segment = segments.get(i);
            int size = overlap.count(i, i);
            double share = share(size, population);
            String has = "segment " + ReportFormat.quoted(segment) + " has " + members(size) + ", " + percent(share)
                    + " of " + count(population);
            if (size == 0) {
                warnings.add(new Warning<>(
                        WarningKind.EMPTY,
                        List.of(segment),
                        "segment " + ReportFormat.quoted(segment) + " is empty: no member among a population of "
                                + count(population)));
                continue;
            }
            List<String> below = new ArrayList<>();
            if (size < minimumSize) {
                below.add("the minimum size of " + count(minimumSize));
            }
            if (share < minimumShare) {
                below.add("the minimum share of " + percent(minimumShare));
            }
            if (!below.isEmpty()) {
                warnings.add(new Warning<>(
                        WarningKind.TOO_SMALL,
                        List.of(segment),
                        has + ": below " + String.join(" and ", below) + ", too small to act on"));
            }
            if (share > maximumShare) {
                warnings.add(new Warning<>(
                        WarningKind.TOO_BROAD,
                        List.of(segment),
                        has + ": above the maximum share of " + percent(maximumShare)
                                + ", too broad to mean anything"));
            }
        }
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                double jaccard = overlap.jaccard(i, j);
                if (overlap.count(i, i) > 0 && overlap.count(j, j) > 0 && jaccard >= nearlyIdentical) {
                    warnings.add(new Warning<>(
                            WarningKind.NEARLY_IDENTICAL,
                            List.of(segments.get(i), segments.get(j)),
                            "segments " + ReportFormat.quoted(segments.get(i)) + " (" + count(overlap.count(i, i))
                                    + ") and " + ReportFormat.quoted(segments.get(j)) + " ("
                                    + count(overlap.count(j, j))
                                    + ") share " + members(overlap.count(i, j)) + ": Jaccard similarity "
                                    + decimal(jaccard) + ", at least " + decimal(nearlyIdentical)
                                    + ", nearly identical"));
                }
            }
        }
        return warnings;
    }

    private static String count(int n) {
        return ReportFormat.value(MetricUnit.COUNT, n);
    }

    private static String members(int n) {
        return ReportFormat.members(n);
    }

    private static String percent(double share) {
        return ReportFormat.value(MetricUnit.FRACTION, share);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
