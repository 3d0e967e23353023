package io.segmentation.internal.vocabulary;

import io.segmentation.attribute.ChangeInstants;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.ValueType;
import io.segmentation.customer.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * The built-in vocabulary as one table: one row per built-in attribute, with the facts that generic code reads instead
 * of comparing names — its name, value family, subject, how it moves with time and what it costs to read. The
 * attributes themselves are made in {@link io.segmentation.internal.vocabulary.CustomerAttributes} and the attribute package,
 * each from its row, so a row and its attributes cannot disagree.
 *
 * <p>To add a built-in attribute: add its row here, its reader where its family's readers live, its factory in
 * {@link io.segmentation.Attributes} and its name in {@link io.segmentation.internal.vocabulary.BuiltInRegistry}; the tracker and
 * the compiler then read the row. An attribute whose value moves with the calendar in a way of its own declares
 * {@link Temporal#ROW_INSTANTS} and gives its {@link ChangeInstants} here.
 */
public enum BuiltIn {
    AGE("age", ValueType.NUMBER, Subject.CUSTOMER, Temporal.AGE, Cost.CHEAP, Fields.BIRTH_DATE),
    /** The start of the next birthday (see {@link YearlyDates}); changes at the local midnight ending the birthday. */
    NEXT_BIRTHDAY(
            "next_birthday",
            ValueType.INSTANT,
            Subject.CUSTOMER,
            Derivation.NEXT_RECURRENCE,
            Fields.BIRTH_DATE,
            Cost.CHEAP),
    /** The start of the sign-up date in the context's zone. */
    CUSTOMER_SINCE(
            "customer_since",
            ValueType.INSTANT,
            Subject.CUSTOMER,
            Derivation.START_OF_DAY,
            Fields.CUSTOMER_SINCE,
            Cost.CHEAP),
    /** The start of the next sign-up anniversary (see {@link YearlyDates}). */
    NEXT_ANNIVERSARY(
            "next_anniversary",
            ValueType.INSTANT,
            Subject.CUSTOMER,
            Derivation.NEXT_RECURRENCE,
            Fields.CUSTOMER_SINCE,
            Cost.CHEAP),
    /**
     * Whole calendar days from today to the next birthday (0 on the birthday, see {@link YearlyDates#daysUntil});
     * changes at every local midnight.
     */
    DAYS_UNTIL_BIRTHDAY(
            "days_until_birthday",
            ValueType.NUMBER,
            Subject.CUSTOMER,
            Derivation.DAYS_UNTIL_RECURRENCE,
            Fields.BIRTH_DATE,
            Cost.CHEAP),
    /** Whole calendar days from today to the next sign-up anniversary, by the rule of {@link #DAYS_UNTIL_BIRTHDAY}. */
    DAYS_UNTIL_ANNIVERSARY(
            "days_until_anniversary",
            ValueType.NUMBER,
            Subject.CUSTOMER,
            Derivation.DAYS_UNTIL_RECURRENCE,
            Fields.CUSTOMER_SINCE,
            Cost.CHEAP),
    GENDER("gender", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.GENDER),
    INCOME("income", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.INCOME),
    EDUCATION("education", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.EDUCATION),
    OCCUPATION("occupation", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.OCCUPATION),
    COUNTRY("country", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.COUNTRY),
    REGION("region", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.REGION),
    CITY("city", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.CITY),
    POSTAL_CODE("postal_code", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.POSTAL_CODE),
    DISTANCE_KM("distance_km", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.EXPENSIVE),
    INTERESTS("interests", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.INTERESTS),
    VALUES("values", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.VALUES),
    LIFESTYLE("lifestyle", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.LIFESTYLE),
    COMPANY_SIZE("company_size", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.COMPANY_SIZE),
    INDUSTRY("industry", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.INDUSTRY),
    ANNUAL_REVENUE(
            "annual_revenue", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.ANNUAL_REVENUE),
    TAGS("tags", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP, Fields.TAGS),
    SUBSCRIBED_TO("subscribed_to", ValueType.BOOLEAN, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    /** A custom attribute of the profile, read as one of several families (the family is a parameter). */
    CUSTOM("attribute", null, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    PURCHASES("purchases", ValueType.NUMBER, Subject.CUSTOMER, Temporal.ORDERS_IN_WINDOW, Cost.MODERATE),
    TOTAL_SPENT("total_spent", ValueType.NUMBER, Subject.CUSTOMER, Temporal.ORDERS_IN_WINDOW, Cost.MODERATE),
    AVERAGE_ORDER_VALUE(
            "average_order_value", ValueType.NUMBER, Subject.CUSTOMER, Temporal.ORDERS_IN_WINDOW, Cost.MODERATE),
    PURCHASED_PRODUCT(
            "purchased_product", ValueType.BOOLEAN, Subject.CUSTOMER, Temporal.ORDERS_IN_WINDOW, Cost.MODERATE),
    PURCHASED_CATEGORY(
            "purchased_category", ValueType.BOOLEAN, Subject.CUSTOMER, Temporal.ORDERS_IN_WINDOW, Cost.MODERATE),
    FIRST_PURCHASE("first_purchase", ValueType.INSTANT, Subject.CUSTOMER, Temporal.FIRST_ORDER, Cost.CHEAP),
    LAST_PURCHASE("last_purchase", ValueType.INSTANT, Subject.CUSTOMER, Temporal.EVERY_ORDER, Cost.CHEAP),
    DAYS_SINCE_LAST_PURCHASE(
            "days_since_last_purchase",
            ValueType.NUMBER,
            Subject.CUSTOMER,
            Temporal.DAYS_SINCE_LAST_PURCHASE,
            Cost.CHEAP),
    CHANNELS("channels", ValueType.SET, Subject.CUSTOMER, Temporal.EVERY_ORDER, Cost.EXPENSIVE),
    EVENT("event", ValueType.NUMBER, Subject.CUSTOMER, Temporal.EVENTS_IN_WINDOW, Cost.VERY_EXPENSIVE),
    LAST_EVENT("last_event", ValueType.INSTANT, Subject.CUSTOMER, Temporal.EVERY_EVENT, Cost.VERY_EXPENSIVE),
    /** A property of an event, read as one of several families (the family is a parameter); used in event filters. */
    EVENT_PROPERTY("property", null, Subject.EVENT, Temporal.STATIC, Cost.CHEAP);

    /** What a built-in attribute reads. */
    public enum Subject {
        /** A {@link io.segmentation.customer.Customer}. */
        CUSTOMER,
        /** An {@link io.segmentation.customer.Event}, inside an event filter. */
        EVENT
    }

    private final String attributeName;
    private final ValueType family;
    private final Subject subject;
    private final Temporal temporal;
    private final Cost cost;
    private final ChangeInstants<Customer> changeInstants;
    private final ProfileField<?> field;
    private final Derivation derivation;

    /**
     * How an attribute's value is derived from its {@link #field()} ({@link Derivation#NONE} when it has none or is
     * the field as it is).
     */
    public enum Derivation {
        /** The field's value, or a value computed from it that the row does not describe further. */
        NONE,
        /** A date field as the start of its day in the context's zone. */
        START_OF_DAY,
        /**
         * A date field's next yearly recurrence on or after the evaluation date, as the start of its day
         * ({@link YearlyDates}).
         */
        NEXT_RECURRENCE,
        /**
         * Whole calendar days from the evaluation date to a date field's next yearly recurrence
         * ({@link YearlyDates#daysUntil}): 0 on the day itself; changes at every local midnight.
         */
        DAYS_UNTIL_RECURRENCE;

        /**
         * Whether the derived value moves with the evaluation date (at instants {@link YearlyDates} computes).
         *
         * @return true for the yearly recurrences and the days until them
         */
        public boolean recurs() {
            return this == NEXT_RECURRENCE || this == DAYS_UNTIL_RECURRENCE;
        }
    }

    /** The profile fields rows are derived from. */
    private static final class Fields {
        static final ProfileField<LocalDate> BIRTH_DATE = new ProfileField<>(
                "birthDate", LocalDate.class, c -> c.birthDate().orElse(null), Customer.Builder::birthDate);
        static final ProfileField<LocalDate> CUSTOMER_SINCE = new ProfileField<>(
                "customerSince", LocalDate.class, c -> c.customerSince().orElse(null), Customer.Builder::customerSince);
        static final ProfileField<String> GENDER =
                ProfileField.text("gender", Customer::gender, Customer.Builder::gender);
        static final ProfileField<String> EDUCATION =
                ProfileField.text("education", Customer::education, Customer.Builder::education);
        static final ProfileField<String> OCCUPATION =
                ProfileField.text("occupation", Customer::occupation, Customer.Builder::occupation);
        static final ProfileField<String> COUNTRY =
                ProfileField.text("country", Customer::country, Customer.Builder::country);
        static final ProfileField<String> REGION =
                ProfileField.text("region", Customer::region, Customer.Builder::region);
        static final ProfileField<String> CITY = ProfileField.text("city", Customer::city, Customer.Builder::city);
        static final ProfileField<String> POSTAL_CODE =
                ProfileField.text("postalCode", Customer::postalCode, Customer.Builder::postalCode);
        static final ProfileField<String> INDUSTRY =
                ProfileField.text("industry", Customer::industry, Customer.Builder::industry);
        static final ProfileField<BigDecimal> INCOME =
                new ProfileField<>("income", BigDecimal.class, c -> c.income().orElse(null), Customer.Builder::income);
        static final ProfileField<BigDecimal> ANNUAL_REVENUE = new ProfileField<>(
                "annualRevenue",
                BigDecimal.class,
                c -> c.annualRevenue().orElse(null),
                Customer.Builder::annualRevenue);
        static final ProfileField<Integer> COMPANY_SIZE = new ProfileField<>(
                "companySize",
                Integer.class,
                c -> c.companySize().isPresent() ? c.companySize().getAsInt() : null,
                Customer.Builder::companySize);
        static final ProfileField<Set<String>> INTERESTS =
                ProfileField.set("interests", Customer::interests, (b, v) -> b.interests(v));
        static final ProfileField<Set<String>> VALUES =
                ProfileField.set("values", Customer::values, (b, v) -> b.values(v));
        static final ProfileField<Set<String>> LIFESTYLE =
                ProfileField.set("lifestyle", Customer::lifestyle, (b, v) -> b.lifestyle(v));
        static final ProfileField<Set<String>> TAGS = ProfileField.set("tags", Customer::tags, (b, v) -> b.tags(v));
    }

    BuiltIn(String attributeName, ValueType family, Subject subject, Temporal temporal, Cost cost) {
        this(attributeName, family, subject, temporal, cost, null);
    }

    BuiltIn(
            String attributeName,
            ValueType family,
            Subject subject,
            Temporal temporal,
            Cost cost,
            ProfileField<?> field) {
        this.attributeName = attributeName;
        this.family = family;
        this.subject = subject;
        this.temporal = temporal;
        this.cost = cost;
        this.changeInstants = null;
        this.field = field;
        this.derivation = Derivation.NONE;
    }

    /** A row derived from a date field of the profile: recurrences change at instants the row computes. */
    BuiltIn(
            String attributeName,
            ValueType family,
            Subject subject,
            Derivation derivation,
            ProfileField<LocalDate> field,
            Cost cost) {
        this.attributeName = attributeName;
        this.family = family;
        this.subject = subject;
        this.cost = cost;
        this.field = field;
        this.derivation = derivation;
        this.temporal = derivation.recurs() ? Temporal.ROW_INSTANTS : Temporal.STATIC;
        this.changeInstants = switch (derivation) {
            case NEXT_RECURRENCE -> YearlyDates.changes(field.read());
            case DAYS_UNTIL_RECURRENCE -> YearlyDates.dailyChanges(field.read());
            default -> null;
        };
    }

    /**
     * The attribute's name, as in text queries.
     *
     * @return the name
     */
    public String attributeName() {
        return attributeName;
    }

    /**
     * The value family, or {@code null} when the attribute can be read as several (a parameter says which).
     *
     * @return the family, or null
     */
    public ValueType family() {
        return family;
    }

    /**
     * What the attribute reads.
     *
     * @return the subject
     */
    public Subject subject() {
        return subject;
    }

    /**
     * How the value moves with the evaluation time.
     *
     * @return the temporal kind
     */
    public Temporal temporal() {
        return temporal;
    }

    /**
     * Where the value changes, for a row of kind {@link Temporal#ROW_INSTANTS}.
     *
     * @return the change instants, or {@code null} for every other kind
     */
    public ChangeInstants<Customer> changeInstants() {
        return changeInstants;
    }

    /**
     * The profile field the attribute is derived from, for attributes that read one field: the date fields, and the
     * text, number and set fields of the profile, each read as it is ({@link Derivation#NONE}).
     *
     * @return the field, or {@code null}
     */
    public ProfileField<?> field() {
        return field;
    }

    /**
     * How the value is derived from {@link #field()}.
     *
     * @return the derivation
     */
    public Derivation derivation() {
        return derivation;
    }

    /**
     * The cost class.
     *
     * @return the cost
     */
    public Cost cost() {
        return cost;
    }
}
