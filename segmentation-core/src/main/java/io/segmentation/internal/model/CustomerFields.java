package io.segmentation.internal.model;

import io.segmentation.customer.Customer;
import io.segmentation.customer.GeoPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Raw, allocation-free access to a customer's fields for the engine's hot path: {@code null} (or NaN, or -1) where
 * the public accessors return an empty {@code Optional}. {@link Customer} installs the implementation when it is
 * initialised; this package is not exported, so the public API stays {@code Optional}-based.
 */
public abstract class CustomerFields {

    private static volatile CustomerFields instance;

    /**
     * Called once by {@link Customer}'s static initialiser.
     *
     * @param fields the implementation
     */
    public static void install(CustomerFields fields) {
        instance = fields;
    }

    /**
     * The implementation; available once any customer exists.
     *
     * @return the accessor
     */
    public static CustomerFields get() {
        return instance;
    }

    /** A text field of the profile. */
    public enum Text {
        /** Gender. */
        GENDER,
        /** Education. */
        EDUCATION,
        /** Occupation. */
        OCCUPATION,
        /** Country code. */
        COUNTRY,
        /** Region. */
        REGION,
        /** City. */
        CITY,
        /** Postal code. */
        POSTAL_CODE,
        /** Industry. */
        INDUSTRY
    }

    /**
     * The birth date.
     *
     * @param c the customer
     * @return the date, or null
     */
    public abstract LocalDate birthDate(Customer c);

    /**
     * A text field.
     *
     * @param c the customer
     * @param field which
     * @return the text, or null
     */
    public abstract String text(Customer c, Text field);

    /**
     * Income as a double.
     *
     * @param c the customer
     * @return the income, or NaN
     */
    public abstract double income(Customer c);

    /**
     * Annual revenue as a double.
     *
     * @param c the customer
     * @return the revenue, or NaN
     */
    public abstract double annualRevenue(Customer c);

    /**
     * Company size.
     *
     * @param c the customer
     * @return the size, or NaN
     */
    public abstract double companySize(Customer c);

    /**
     * The location.
     *
     * @param c the customer
     * @return the point, or null
     */
    public abstract GeoPoint location(Customer c);

    /**
     * The double nearest the exact sum of the purchases in {@code [from, to)}, without allocating.
     *
     * @param c the customer
     * @param from the start, included
     * @param to the end, excluded
     * @param aggregate the attribute or metric name for a {@link io.segmentation.customer.MixedCurrencyException}
     * @return the sum, 0 without purchases
     */
    public abstract double spent(Customer c, Instant from, Instant to, String aggregate);

    /**
     * The double nearest the exact mean of the purchases in {@code [from, to)}, without allocating.
     *
     * @param c the customer
     * @param from the start, included
     * @param to the end, excluded
     * @param aggregate the attribute or metric name for a {@link io.segmentation.customer.MixedCurrencyException}
     * @return the mean, NaN without purchases
     */
    public abstract double averageSpent(Customer c, Instant from, Instant to, String aggregate);

    /**
     * The exact sum of the purchases in {@code [from, to)}, or up to and including {@code to} when {@code from} is
     * null.
     *
     * @param c the customer
     * @param from the start, included, or null for all purchases up to and including {@code to}
     * @param to the end
     * @param aggregate the attribute or metric name for a {@link io.segmentation.customer.MixedCurrencyException}
     * @return the sum
     */
    public abstract BigDecimal exactSpent(Customer c, Instant from, Instant to, String aggregate);

    /**
     * The one currency of the purchases summed by {@link #exactSpent} with the same arguments.
     *
     * @param c the customer
     * @param from the start, included, or null for all purchases up to and including {@code to}
     * @param to the end
     * @param aggregate the attribute or metric name for a {@link io.segmentation.customer.MixedCurrencyException}
     * @return the currency, or null when none of the purchases has one
     */
    public abstract Currency currency(Customer c, Instant from, Instant to, String aggregate);
}
