package io.segmentation.predict;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Argument checks shared by the models, with messages naming the model, the argument and the value. */
final class ModelChecks {

    private ModelChecks() {}

    static double positive(double value, String name, String model) {
        checkArgument(
                Double.isFinite(value) && value > 0, "%s: %s must be finite and > 0 but was %s", model, name, value);
        return value;
    }

    static double horizon(double t, String model) {
        checkArgument(Double.isFinite(t) && t >= 0, "%s: t must be finite and >= 0 but was %s", model, t);
        return t;
    }

    static CustomerSummary summary(CustomerSummary summary, Optional<ChronoUnit> unit, String model) {
        checkNotNull(summary, "summary");
        checkArgument(
                summary.unit().equals(unit),
                "%s is in %s but the summary %s is in %s",
                model,
                FitData.name(unit),
                summary,
                FitData.name(summary.unit()));
        return summary;
    }

    static double logLikelihood(double logLikelihood, String model) {
        if (Double.isNaN(logLikelihood)) {
            throw new IllegalStateException(model + " was made from given parameters, not fitted: it has no"
                    + " log-likelihood of its own (use logLikelihood(summary) on data)");
        }
        return logLikelihood;
    }

    /** {@code log(e^u + e^v)} without overflow; {@code u} or {@code v} may be {@code -Infinity}. */
    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
    }
}
