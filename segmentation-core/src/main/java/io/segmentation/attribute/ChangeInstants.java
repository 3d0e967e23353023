package io.segmentation.attribute;

import io.segmentation.EvaluationContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Where the value of a user attribute that reads the evaluation time can change for one subject while the subject's
 * data stays the same: given as an attribute is defined, so that a {@link io.segmentation.engine.MembershipTracker}
 * re-evaluates the subject exactly then.
 *
 * <p>For a subject and a context, {@link #nextAfter} answers the earliest instant strictly after
 * {@link EvaluationContext#asOf()} at which the value may differ from the value at {@code asOf}. An instant where
 * nothing changes only costs an evaluation; an instant too late means a change is seen late, so when in doubt answer
 * earlier. Empty means the value never changes again with time alone. Must be thread-safe and side-effect free.
 *
 * <pre>{@code
 * // whole days since signup, in the evaluation zone: changes at every local midnight after the signup
 * NumberAttribute<Account> daysSinceSignup = Attribute.number(
 *         "days_since_signup",
 *         (account, context) -> ChronoUnit.DAYS.between(account.signupDate(), context.today()),
 *         (account, context) -> Optional.of(context.today().plusDays(1).atStartOfDay(context.zone()).toInstant()));
 * }</pre>
 *
 * @param <T> the subject type
 * @since 0.2.0
 */
@FunctionalInterface
public interface ChangeInstants<T> {

    /**
     * The earliest instant strictly after the evaluation time at which the value read for the subject may change.
     *
     * @param subject the subject, as it is at the evaluation time
     * @param context the evaluation time and zone
     * @return the instant, strictly after {@code context.asOf()}, or empty when the value no longer changes with time
     */
    Optional<Instant> nextAfter(T subject, EvaluationContext context);
}
