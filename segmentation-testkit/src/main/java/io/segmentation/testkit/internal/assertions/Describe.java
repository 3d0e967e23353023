package io.segmentation.testkit.internal.assertions;

import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.engine.Explanation;
import io.segmentation.text.SegmentQuery;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.StringJoiner;

/** How failure messages name subjects, segments, criteria and evaluation times. */
public final class Describe {

    /** At most this many subjects are listed in one message; the rest are counted. */
    static final int LISTED = 10;

    private Describe() {}

    /**
     * A subject: {@code customer 'c-42'} for customers (by id), {@code subject <toString>} otherwise.
     *
     * @param subject the subject, may be null
     * @return the description
     */
    public static String subject(Object subject) {
        if (subject instanceof Customer customer) {
            return "customer '" + customer.id() + "'";
        }
        return "subject " + subject;
    }

    /**
     * A segment with its text form: {@code segment 'vip': total_spent >= 1000}, or {@code segment: …} when unnamed.
     *
     * @param segment the segment
     * @return the description
     */
    public static String segment(Segment<?> segment) {
        String text = segment.toString();
        return segment.name().map(n -> "segment '" + n + "': " + text).orElse("segment: " + text);
    }

    /**
     * A segment by name only, for lists: {@code 'vip'}, or its text in parentheses when unnamed.
     *
     * @param segment the segment
     * @return the short description
     */
    public static String segmentName(Segment<?> segment) {
        return segment.name().map(n -> "'" + n + "'").orElseGet(() -> "(" + segment + ")");
    }

    /**
     * A criterion in its text form, or its readable description when it has none (a custom predicate).
     *
     * @param criterion the criterion
     * @return the description
     */
    public static String criterion(Criterion<?> criterion) {
        try {
            return SegmentQuery.toText(criterion);
        } catch (IllegalArgumentException e) {
            return Segment.where(criterion).toString();
        }
    }

    /**
     * An evaluation time: {@code as of 2026-01-01T00:00:00Z (UTC)}.
     *
     * @param context the context
     * @return the description
     */
    public static String context(EvaluationContext context) {
        String zone =
                context.zone().equals(ZoneOffset.UTC) ? "UTC" : context.zone().getId();
        return "as of " + context.asOf() + " (" + zone + ")";
    }

    /**
     * An explanation tree, every line indented by two spaces.
     *
     * @param explanation the explanation
     * @return the indented tree
     */
    public static String tree(Explanation explanation) {
        return indent(explanation.toString());
    }

    /**
     * Text with every line indented by two spaces.
     *
     * @param text the text
     * @return the indented text
     */
    public static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    /**
     * Subjects, comma separated, at most {@value #LISTED} of them and a count of the rest; {@code (none)} when empty.
     *
     * @param subjects the subjects
     * @return the list
     */
    public static String subjects(Iterable<?> subjects) {
        StringJoiner list = new StringJoiner(", ");
        Iterator<?> it = subjects.iterator();
        int listed = 0;
        int more = 0;
        while (it.hasNext()) {
            Object subject = it.next();
            if (listed < LISTED) {
                list.add(subject instanceof Customer c ? "'" + c.id() + "'" : String.valueOf(subject));
                listed++;
            } else {
                more++;
            }
        }
        if (listed == 0) {
            return "(none)";
        }
        return more == 0 ? list.toString() : list + " and " + more + " more";
    }

    /**
     * Segments by name, comma separated in brackets: {@code ['vip', 'lapsed']}.
     *
     * @param segments the segments
     * @return the list
     */
    public static String segmentNames(Iterable<? extends Segment<?>> segments) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        for (Segment<?> s : segments) {
            list.add(segmentName(s));
        }
        return list.toString();
    }
}
