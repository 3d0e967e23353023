package io.segmentation.predict;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over strictly positive parameters with Hipparchus' Nelder-Mead simplex, working on the
 * logarithms of the parameters so that every point the simplex tries is admissible. The search restarts from its own
 * optimum with a fresh simplex until a restart improves the log-likelihood by less than {@code 1e-9}: a single
 * Nelder-Mead run can stall on a ridge, a restart cannot be fooled twice at the same place in practice.
 */
final class MaximumLikelihood {

    private static final int MAX_EVALUATIONS = 50_000;
    private static final int MAX_RESTARTS = 20;
    private static final double RESTART_GAIN = 1e-9;

    private MaximumLikelihood() {}

    /** A maximum: the parameters and the log-likelihood there. */
    record Maximum(double[] parameters, double logLikelihood) {}

    /**
     * Finds the parameters that maximise {@code logLikelihood}.
     *
     * @param model the model's name, for messages
     * @param logLikelihood the log-likelihood of positive parameters; may return {@code -Infinity} or {@code NaN} where
     *     it cannot be evaluated
     * @param start the starting parameters, all positive
     * @return the maximum
     * @throws IllegalStateException if no finite log-likelihood is found or the optimiser gives up
     */
    static Maximum maximise(String model, ToDoubleFunction<double[]> logLikelihood, double... start) {
        ObjectiveFunction objective = new ObjectiveFunction(logParameters -> {
            double[] parameters = new double[logParameters.length];
            for (int i = 0; i < parameters.length; i++) {
                parameters[i] = Math.exp(logParameters[i]);
            }
            double value;
            try {
                value = logLikelihood.applyAsDouble(parameters);
            } catch (ArithmeticException e) {
                value = Double.NaN;
            }
            return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
        });
        double[] point = new double[start.length];
        for (int i = 0; i < point.length; i++) {
            point[i] = Math.log(start[i]);
        }
        double best = Double.NEGATIVE_INFINITY;
        SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-13);
        try {
            for (int restart = 0; restart < MAX_RESTARTS; restart++) {
                PointValuePair result = optimizer.optimize(
                        new MaxEval(MAX_EVALUATIONS),
                        objective,
                        GoalType.MAXIMIZE,
                        new InitialGuess(point),
                        new NelderMeadSimplex(point.length, restart == 0 ? 1.0 : 0.1));
                double value = result.getValue();
                boolean done = value - best < RESTART_GAIN;
                if (value > best) {
                    best = value;
                    point = result.getPoint();
                }
                if (done) {
                    break;
                }
            }
        } catch (MathIllegalStateException e) {
            throw new IllegalStateException(
                    model + ".fit did not converge from " + Arrays.toString(start) + ": " + e.getMessage(), e);
        }
        if (!Double.isFinite(best)) {
            throw new IllegalStateException(model + ".fit found no parameters with a finite likelihood");
        }
        double[] parameters = new double[point.length];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = Math.exp(point[i]);
        }
        return new Maximum(parameters, best);
    }
}
