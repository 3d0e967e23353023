package io.segmentation.benchmarks.user;

import io.segmentation.attribute.Attribute;
import io.segmentation.attribute.BooleanAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;

/**
 * The attributes of {@link Person}, made as the library's documentation tells a user to: one
 * {@code Attribute.number/text/bool/set} per getter, with a method reference. Nothing here uses the library's
 * internals or the built-in {@code Customer}'s fast paths; {@code Person::age} returns an {@code int}, so each read
 * boxes it, as it does for every user today.
 */
public final class PersonAttributes {

    /** Age in years. */
    public static final NumberAttribute<Person> AGE = Attribute.number("age", Person::age);

    /** How many purchases. */
    public static final NumberAttribute<Person> PURCHASES = Attribute.number("purchases", Person::purchases);

    /** ISO country code. */
    public static final TextAttribute<Person> COUNTRY = Attribute.text("country", Person::country);

    /** Total spent. */
    public static final NumberAttribute<Person> SPEND = Attribute.number("spend", Person::spend);

    /** Subscribed to the newsletter. */
    public static final BooleanAttribute<Person> NEWSLETTER = Attribute.bool("newsletter", Person::newsletter);

    /** Days since the last purchase. */
    public static final NumberAttribute<Person> DAYS_SINCE_LAST_PURCHASE =
            Attribute.number("days_since_last_purchase", Person::daysSinceLastPurchase);

    /** Interests. */
    public static final SetAttribute<Person> INTERESTS = Attribute.set("interests", Person::interests);

    private PersonAttributes() {}
}
