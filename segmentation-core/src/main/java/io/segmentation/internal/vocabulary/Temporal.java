package io.segmentation.internal.vocabulary;

import io.segmentation.attribute.TimeDependence;

/**
 * How the value of a built-in attribute moves with the evaluation time, in the terms the tracker's change-point
 * search computes: one constant per way of finding the next change in a {@link io.segmentation.customer.Customer}'s
 * data.
 */
public enum Temporal {
    /** Depends on the profile only. */
    STATIC,
    /** Whole years since the birth date: changes on birthdays where the condition's answer does. */
    AGE,
    /** Calendar days since the last order: changes at every order and at local midnights. */
    DAYS_SINCE_LAST_PURCHASE,
    /** An aggregate over the orders in a window: changes as orders enter and leave it. */
    ORDERS_IN_WINDOW,
    /** An aggregate over the events of a type in a window: changes as events enter and leave it. */
    EVENTS_IN_WINDOW,
    /** The first order's instant: changes when it becomes visible. */
    FIRST_ORDER,
    /** Read from every order up to the evaluation time: changes at every order's instant. */
    EVERY_ORDER,
    /** Read from every event of a type up to the evaluation time: changes at every such event's instant. */
    EVERY_EVENT,
    /**
     * Changes at instants the row computes itself ({@link BuiltIn#changeInstants()}), e.g. the local midnight after a
     * birthday for {@code next_birthday}: a new calendar attribute needs no new code in the tracker.
     */
    ROW_INSTANTS;

    /**
     * The public time dependence of attributes of this kind.
     *
     * @return {@link TimeDependence#none()} for {@link #STATIC}, else computable instants
     */
    public TimeDependence timeDependence() {
        return this == STATIC ? TimeDependence.none() : TimeDependence.changesAtComputableInstants();
    }
}
