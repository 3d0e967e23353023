package io.segmentation.testkit.internal.generators;

import io.segmentation.customer.Customer;
import io.segmentation.customer.Order;
import io.segmentation.testkit.PopulationSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Builds customer {@code index} of a synthetic population from its own seed: who they are, where they live, whether
 * they buy and how, what they do online, what they consented to, tags and custom attributes.
 */
public final class PopulationGenerator {

    private static final int ID_DIGITS = 7;

    private PopulationGenerator() {}

    /** Customer {@code index} of the population of {@code seed} shaped by {@code spec}. */
    public static Customer customer(long index, long seed, PopulationSpec spec) {
        PopulationRandom r = PopulationRandom.forCustomer(seed, index);
        String number = number(index);
        Customer.Builder b = Customer.builder("c-" + number);
        Instant asOf = spec.asOf();
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        boolean business = r.chance(spec.businessShare());
        PopulationPeople.Person person = PopulationPeople.person(b, business, today, r);

        boolean buyer = !r.chance(spec.nonBuyerShare());
        long historySeconds = spec.history().toSeconds();
        PopulationOrders.Shopper shopper = PopulationOrders.shopper(number, business, person.interests(), spec, r);
        PopulationOrders.History history = null;
        Instant signup;
        if (buyer) {
            // The first purchase falls uniformly in the history; sign-up comes a little before it.
            Instant first = asOf.minusSeconds(1 + (long) (r.uniform() * (historySeconds - 1)));
            history = PopulationOrders.history(shopper, first, spec, r);
            history.orders().forEach(b::order);
            Instant before = first.minusSeconds((long) (r.exponential(1 / 10.0) * 86_400));
            Instant start = asOf.minus(spec.history());
            signup = before.isBefore(start) ? start : before;
        } else {
            signup = asOf.minusSeconds((long) (r.uniform() * historySeconds));
        }

        boolean email = r.chance(business ? 0.7 : 0.55);
        if (email) {
            b.subscribedTo("email");
            b.tags("newsletter");
        }
        if (r.chance(0.15)) {
            b.subscribedTo("sms");
        }
        if (r.chance(shopper.channel().equals("app") ? 0.6 : 0.05)) {
            b.subscribedTo("push");
        }
        b.events(PopulationEvents.events(
                buyer ? shopper : null, history, shopper.categoryWeights(), signup, email, asOf, r));

        BigDecimal exactSpent = BigDecimal.ZERO;
        if (history != null) {
            for (Order o : history.orders()) {
                exactSpent = exactSpent.add(o.total());
            }
        }
        double spent = exactSpent.doubleValue();
        if (business) {
            b.tags("b2b");
        }
        if (spent >= 1_000) {
            b.tags("vip");
        }
        b.attribute("signed_up", LocalDate.ofInstant(signup, ZoneOffset.UTC));
        b.customerSince(LocalDate.ofInstant(signup, ZoneOffset.UTC));
        if (r.chance(0.6)) {
            double points = Math.floor(spent);
            b.attribute("loyalty_points", points);
            b.attribute("loyalty_tier", tier(points));
        }
        return b.build();
    }

    private static String tier(double points) {
        if (points >= 2_500) {
            return "platinum";
        }
        if (points >= 1_000) {
            return "gold";
        }
        return points >= 250 ? "silver" : "bronze";
    }

    /** The index, zero-padded to seven digits so that ids sort like numbers up to ten million. */
    static String number(long index) {
        String digits = Long.toString(index);
        if (digits.length() >= ID_DIGITS) {
            return digits;
        }
        return "0".repeat(ID_DIGITS - digits.length()) + digits;
    }
}
