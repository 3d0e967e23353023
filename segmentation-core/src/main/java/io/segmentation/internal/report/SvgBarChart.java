package io.segmentation.internal.report;

import io.segmentation.metrics.MetricUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one bar per row with its label on the left and its value on the right, an
 * x axis with tick values and a title. Bars start at zero, so negative values (scores) extend to the left. Rows
 * without a figure show a note instead of a bar.
 */
public final class SvgBarChart {

    private static final int WIDTH = 640;
    private static final int PLOT_LEFT = 200;
    private static final int PLOT_RIGHT = 540;
    private static final int TOP = 32;
    private static final int ROW = 24;
    private static final int BAR = 16;
    private static final int LABEL_LENGTH = 28;

    /**
     * One row of the chart.
     *
     * @param label the row's label
     * @param value the figure; {@code NaN} for none
     * @param text the figure as shown, or the reason there is none ("suppressed")
     * @param baseline whether this is the population's reference bar
     */
    public record Bar(String label, double value, String text, boolean baseline) {}

    private SvgBarChart() {}

    /**
     * Draws a chart.
     *
     * @param title the chart's title
     * @param axisLabel the x axis title
     * @param unit the unit of the values, for tick labels
     * @param bars the rows, top to bottom
     * @return an {@code <svg>} element
     */
    public static String render(String title, String axisLabel, MetricUnit unit, List<Bar> bars) {
        double lo = 0;
        double hi = 0;
        for (Bar bar : bars) {
            if (Double.isFinite(bar.value())) {
                lo = Math.min(lo, bar.value());
                hi = Math.max(hi, bar.value());
            }
        }
        double step = step(lo, hi, unit);
        lo = Math.floor(lo / step) * step;
        hi = Math.max(Math.ceil(hi / step) * step, lo + step);
        int axisY = TOP + bars.size() * ROW + 4;
        int height = axisY + 44;
        Scale x = new Scale(lo, hi);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">\n",
                WIDTH,
                height,
                WIDTH,
                height,
                Html.escape(title)));
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        svg.append(text(8, 18, "start", "chart-title", title));
        for (double tick : ticks(lo, hi, step)) {
            double tx = x.at(tick);
            svg.append(line(tx, TOP - 4, tx, axisY, "grid"));
            svg.append(text(tx, axisY + 16, "middle", "tick", tickLabel(unit, tick, step)));
        }
        svg.append(line(PLOT_LEFT, axisY, PLOT_RIGHT, axisY, "axis"));
        svg.append(line(x.at(0), TOP - 4, x.at(0), axisY, "axis"));
        svg.append(text((PLOT_LEFT + PLOT_RIGHT) / 2.0, axisY + 36, "middle", "axis-label", axisLabel));

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = TOP + i * ROW;
            svg.append("<g><title>")
                    .append(Html.escape(bar.label() + ": " + bar.text()))
                    .append("</title>");
            svg.append(text(
                    PLOT_LEFT - 8,
                    y + BAR - 3,
                    "end",
                    bar.baseline() ? "label baseline" : "label",
                    shortened(bar.label())));
            if (Double.isFinite(bar.value())) {
                double from = x.at(Math.min(0, bar.value()));
                double to = x.at(Math.max(0, bar.value()));
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>",
                        bar.baseline() ? "bar baseline" : "bar",
                        from,
                        y,
                        Math.max(to - from, 0.5),
                        BAR));
                svg.append(text(WIDTH - 8, y + BAR - 3, "end", "value", bar.text()));
            } else {
                svg.append(text(x.at(0) + 4, y + BAR - 3, "start", "muted", bar.text()));
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The distance between ticks: 1, 2 or 5 times a power of ten, giving about four intervals over the values;
     * at least 1 for counts, and 1 when there are no values.
     */
    static double step(double lo, double hi, MetricUnit unit) {
        double range = hi - lo;
        if (range <= 0) {
            return 1;
        }
        double rough = range / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        double step = nice * magnitude;
        return unit == MetricUnit.COUNT ? Math.max(1, Math.round(step)) : step;
    }

    /** A tick's value in its unit's format, without decimals when the ticks are whole numbers. */
    private static String tickLabel(MetricUnit unit, double tick, double step) {
        double shown = unit == MetricUnit.FRACTION ? step * 100 : step;
        boolean whole = Math.abs(shown - Math.rint(shown)) < 1e-9;
        if (!whole || unit == MetricUnit.COUNT) {
            return ReportFormat.value(unit, tick);
        }
        double value = unit == MetricUnit.FRACTION ? tick * 100 : tick;
        String number = String.format(Locale.ROOT, unit == MetricUnit.SCORE ? "%+,d" : "%,d", Math.round(value));
        if (Math.round(value) == 0) {
            number = "0";
        }
        return unit == MetricUnit.FRACTION ? number + "%" : number;
    }

    private static List<Double> ticks(double lo, double hi, double step) {
        List<Double> ticks = new ArrayList<>();
        long first = Math.round(lo / step);
        long last = Math.round(hi / step);
        for (long i = first; i <= last; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    private static String shortened(String label) {
        int length = label.codePointCount(0, label.length());
        if (length <= LABEL_LENGTH) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
                x,
                y,
                anchor,
                cssClass,
                Html.escape(content));
    }

    private static String line(double x1, double y1, double x2, double y2, String cssClass) {
        return String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                cssClass,
                x1,
                y1,
                x2,
                y2);
    }

    /** Maps figures to x coordinates of the plot area. */
    private record Scale(double lo, double hi) {
        double at(double value) {
            return PLOT_LEFT + (value - lo) / (hi - lo) * (PLOT_RIGHT - PLOT_LEFT);
        }
    }
}
