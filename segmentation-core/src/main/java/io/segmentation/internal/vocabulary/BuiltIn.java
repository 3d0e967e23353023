package io.segmentation.internal.vocabulary;

import io.segmentation.attribute.Cost;
import io.segmentation.attribute.ValueType;

/**
 * The built-in vocabulary as one table: one row per built-in attribute, with the facts that generic code reads instead
 * of comparing names — its name, value family, subject, how it moves with time and what it costs to read. The
 * attributes themselves are made in {@link io.segmentation.internal.vocabulary.CustomerAttributes} and the attribute package,
 * each from its row, so a row and its attributes cannot disagree.
 *
 * <p>To add a built-in attribute: add its row here, its reader where its family's readers live, and its factory in
 * {@link io.segmentation.Attributes}; the tracker and the compiler then read the row.
 */
public enum BuiltIn {
    AGE("age", ValueType.NUMBER, Subject.CUSTOMER, Temporal.AGE, Cost.CHEAP),
    GENDER("gender", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    INCOME("income", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    EDUCATION("education", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    OCCUPATION("occupation", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    COUNTRY("country", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    REGION("region", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    CITY("city", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    POSTAL_CODE("postal_code", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    DISTANCE_KM("distance_km", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.EXPENSIVE),
    INTERESTS("interests", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    VALUES("values", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    LIFESTYLE("lifestyle", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    COMPANY_SIZE("company_size", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    INDUSTRY("industry", ValueType.TEXT, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    ANNUAL_REVENUE("annual_revenue", ValueType.NUMBER, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
    TAGS("tags", ValueType.SET, Subject.CUSTOMER, Temporal.STATIC, Cost.CHEAP),
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

    BuiltIn(String attributeName, ValueType family, Subject subject, Temporal temporal, Cost cost) {
        this.attributeName = attributeName;
        this.family = family;
        this.subject = subject;
        this.temporal = temporal;
        this.cost = cost;
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
     * The cost class.
     *
     * @return the cost
     */
    public Cost cost() {
        return cost;
    }
}
