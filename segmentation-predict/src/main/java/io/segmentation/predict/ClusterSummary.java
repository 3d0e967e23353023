package io.segmentation.predict;

import io.segmentation.attribute.NumberAttribute;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** The wording of cluster summaries and descriptions, in one place. */
final class ClusterSummary {

    /** How far from the mean, in standard deviations, an attribute must be to set a cluster apart. */
    static final double NOTABLE = 0.5;

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private ClusterSummary() {}

    /**
     * The attributes at least {@link #NOTABLE} standard deviations from the mean, furthest first (attribute order on
     * ties): {@code "total_spent high (+1.8 sd), recency low (-0.9 sd)"}.
     */
    static <T> String summary(List<NumberAttribute<T>> attributes, double[] standardised) {
        List<Integer> notable = new ArrayList<>();
        for (int j = 0; j < standardised.length; j++) {
            if (Math.abs(standardised[j]) >= NOTABLE) {
                notable.add(j);
            }
        }
        if (notable.isEmpty()) {
            return "close to the average on every attribute";
        }
        notable.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(standardised[j])));
        StringJoiner text = new StringJoiner(", ");
        for (int j : notable) {
            double z = standardised[j];
            text.add(attributes.get(j) + (z > 0 ? " high (" : " low (") + String.format(Locale.ROOT, "%+.1f", z)
                    + " sd)");
        }
        return text.toString();
    }

    /** The centroid in the attributes' units, four significant digits: {@code "total_spent 1520, purchases 12.3"}. */
    static <T> String centroid(List<NumberAttribute<T>> attributes, double[] values) {
        StringJoiner text = new StringJoiner(", ");
        for (int j = 0; j < values.length; j++) {
            text.add(attributes.get(j) + " " + number(values[j]));
        }
        return text.toString();
    }

    static String number(double value) {
        return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
