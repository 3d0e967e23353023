package io.segmentation.internal.vocabulary;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.segmentation.Criterion;
import io.segmentation.EvaluationContext;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.InstantAttribute;
import io.segmentation.attribute.NumberAttribute;
import io.segmentation.attribute.SetAttribute;
import io.segmentation.attribute.TextAttribute;
import io.segmentation.attribute.TimeDependence;
import io.segmentation.attribute.ValueType;
import io.segmentation.attribute.Window;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import io.segmentation.customer.GeoPoint;
import io.segmentation.customer.LineItem;
import io.segmentation.customer.Order;
import io.segmentation.internal.base.Instants;
import io.segmentation.internal.model.CustomerFields;
import io.segmentation.internal.model.Evaluator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** How the built-in attributes read a {@link Customer}; {@link io.segmentation.Attributes} is their front door. */
public final class CustomerAttributes {

    /** Mean Earth radius (IUGG), in km, for great-circle distances. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private CustomerAttributes() {}

    /**
     * Whole years from the birth date to the evaluation date ({@link java.time.Period#between}); missing without a birth date
     * or when the birth date is after the evaluation date.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> age() {
        return Readers.number(Definition.builtIn(BuiltIn.AGE), ImmutableList.of(), (c, ctx) -> {
            LocalDate birth = CustomerFields.get().birthDate(c);
            LocalDate today = ctx.today();
            if (birth == null || birth.isAfter(today)) {
                return Double.NaN;
            }
            // Whole years as Period.between counts them, without allocating a Period.
            int years = today.getYear() - birth.getYear();
            if (today.getMonthValue() < birth.getMonthValue()
                    || (today.getMonthValue() == birth.getMonthValue()
                            && today.getDayOfMonth() < birth.getDayOfMonth())) {
                years--;
            }
            return years;
        });
    }

    /**
     * An instant derived from a date field of the profile, as the row says ({@link BuiltIn#field()},
     * {@link BuiltIn#derivation()}): the start of the date's day, or of its next yearly recurrence
     * ({@link YearlyDates}), in the context's zone; missing without the date.
     *
     * @param row the attribute's row in the built-in table, derived from a date field
     * @return the attribute
     * @throws IllegalArgumentException if the row is not derived from a date field
     */
    public static InstantAttribute<Customer> fromDate(BuiltIn row) {
        if (row.field() == null
                || row.field().type() != LocalDate.class
                || row.family() != ValueType.INSTANT
                || row.derivation() == BuiltIn.Derivation.NONE) {
            throw new IllegalArgumentException("row " + row + " is not an instant derived from a date field");
        }
        Function<Customer, ?> field = row.field().read();
        boolean recurs = row.derivation() == BuiltIn.Derivation.NEXT_RECURRENCE;
        return Readers.instant(Definition.builtIn(row), ImmutableList.of(), (c, ctx) -> {
            LocalDate d = (LocalDate) field.apply(c);
            if (recurs) {
                return YearlyDates.nextStart(d, ctx);
            }
            return d == null ? null : d.atStartOfDay(ctx.zone()).toInstant();
        });
    }

    /**
     * Whole calendar days from the evaluation date to the next yearly recurrence of a date field of the profile, as
     * the row says ({@link BuiltIn.Derivation#DAYS_UNTIL_RECURRENCE}, {@link YearlyDates#daysUntil}); missing without
     * the date.
     *
     * @param row the attribute's row in the built-in table
     * @return the attribute
     * @throws IllegalArgumentException if the row is not the days until a date field's recurrence
     */
    public static NumberAttribute<Customer> daysUntil(BuiltIn row) {
        if (row.field() == null
                || row.field().type() != LocalDate.class
                || row.derivation() != BuiltIn.Derivation.DAYS_UNTIL_RECURRENCE) {
            throw new IllegalArgumentException("row " + row + " is not the days until a date field's recurrence");
        }
        Function<Customer, ?> field = row.field().read();
        return Readers.number(Definition.builtIn(row), ImmutableList.of(), (c, ctx) -> {
            Long days = YearlyDates.daysUntil((LocalDate) field.apply(c), ctx.today());
            return days == null ? Double.NaN : days;
        });
    }

    /**
     * A country-code field of the profile: operands of exact comparisons are upper-cased as the builder stores codes,
     * so {@code country IN ('de')} means {@code country IN ('DE')}.
     *
     * @param row the attribute's row in the built-in table
     * @param field the field
     * @return the attribute
     */
    public static TextAttribute<Customer> countryCode(BuiltIn row, CustomerFields.Text field) {
        return new CountryCode(Definition.builtIn(row), field);
    }

    /** A country-code field, made from its row of the built-in table. */
    private static final class CountryCode extends TextAttribute<Customer> implements Defined {
        private final Definition definition;
        private final CustomerFields.Text field;

        CountryCode(Definition definition, CustomerFields.Text field) {
            super(definition.name(), ImmutableList.of());
            this.definition = definition;
            this.field = field;
        }

        @Override
        public String read(Customer subject, EvaluationContext context) {
            return CustomerFields.get().text(subject, field);
        }

        @Override
        protected String canonical(String value) {
            return value.toUpperCase(Locale.ROOT);
        }

        @Override
        public Definition definition() {
            return definition;
        }

        @Override
        public TimeDependence timeDependence() {
            return definition.timeDependence();
        }

        @Override
        public Cost cost() {
            return definition.cost();
        }
    }

    /**
     * A text field of the profile.
     *
     * @param row the attribute's row in the built-in table
     * @param field reads the field
     * @return the attribute
     */
    public static TextAttribute<Customer> text(BuiltIn row, CustomerFields.Text field) {
        return Readers.text(
                Definition.builtIn(row),
                ImmutableList.of(),
                (c, ctx) -> CustomerFields.get().text(c, field));
    }

    /**
     * A number field of the profile.
     *
     * @param row the attribute's row in the built-in table
     * @param reader reads the field, NaN when missing
     * @return the attribute
     */
    public static NumberAttribute<Customer> number(
            BuiltIn row, java.util.function.ToDoubleBiFunction<Customer, EvaluationContext> reader) {
        return Readers.number(Definition.builtIn(row), ImmutableList.of(), reader);
    }

    /**
     * A set field of the profile, never missing.
     *
     * @param row the attribute's row in the built-in table
     * @param field reads the field
     * @return the attribute
     */
    public static SetAttribute<Customer> set(BuiltIn row, Function<Customer, Set<String>> field) {
        return Readers.set(Definition.builtIn(row), ImmutableList.of(), (c, ctx) -> field.apply(c));
    }

    /**
     * Employees of the customer's company.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> companySize() {
        return Readers.number(
                Definition.builtIn(BuiltIn.COMPANY_SIZE),
                ImmutableList.of(),
                (c, ctx) -> CustomerFields.get().companySize(c));
    }

    /**
     * Great-circle (haversine) distance in km from the customer's location to a point.
     *
     * @param latitude the point's latitude
     * @param longitude the point's longitude
     * @return the attribute
     */
    public static NumberAttribute<Customer> distanceKm(double latitude, double longitude) {
        double lat2 = Math.toRadians(latitude);
        double lon2 = Math.toRadians(longitude);
        return Readers.number(
                Definition.builtIn(BuiltIn.DISTANCE_KM), ImmutableList.of(latitude, longitude), (c, ctx) -> {
                    GeoPoint p = CustomerFields.get().location(c);
                    return p == null
                            ? Double.NaN
                            : haversineKm(Math.toRadians(p.latitude()), Math.toRadians(p.longitude()), lat2, lon2);
                });
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = lat2 - lat1;
        double dLon = lon2 - lon1;
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /**
     * Purchases (neither cancelled nor refunded orders) in the window.
     *
     * @return the attribute
     */
    public static WindowedNumberAttribute<Customer> purchases() {
        return Readers.windowedNumber(
                Definition.builtIn(BuiltIn.PURCHASES),
                ImmutableList.of(),
                Window.all(),
                (c, start, end, ctx) -> c.purchaseCountBetween(start, end));
    }

    /**
     * The exact sum of the purchases' totals in the window, as the nearest double; refuses mixed currencies.
     *
     * @return the attribute
     */
    public static WindowedNumberAttribute<Customer> totalSpent() {
        return Readers.windowedNumber(
                Definition.builtIn(BuiltIn.TOTAL_SPENT),
                ImmutableList.of(),
                Window.all(),
                (c, start, end, ctx) -> CustomerFields.get().spent(c, start, end, "total_spent"));
    }

    /**
     * The exact mean of the purchases' totals in the window, as the nearest double; missing without purchases.
     *
     * @return the attribute
     */
    public static WindowedNumberAttribute<Customer> averageOrderValue() {
        return Readers.windowedNumber(
                Definition.builtIn(BuiltIn.AVERAGE_ORDER_VALUE),
                ImmutableList.of(),
                Window.all(),
                (c, start, end, ctx) -> CustomerFields.get().averageSpent(c, start, end, "average_order_value"));
    }

    /**
     * Whether an order in the window has a line item matching.
     *
     * @param row the attribute's row in the built-in table
     * @param key the product id or category
     * @param item the line-item test
     * @return the attribute
     */
    public static WindowedBooleanAttribute<Customer> purchased(BuiltIn row, String key, Predicate<LineItem> item) {
        return Readers.windowedFlag(
                Definition.builtIn(row), ImmutableList.of(key), Window.all(), (c, start, end, ctx) -> {
                    for (Order o : c.purchasesBetween(start, end)) {
                        for (LineItem i : o.items()) {
                            if (item.test(i)) {
                                return true;
                            }
                        }
                    }
                    return false;
                });
    }

    /**
     * The first or last order's instant, up to the evaluation time.
     *
     * @param last true for the most recent order
     * @return the attribute
     */
    public static InstantAttribute<Customer> purchaseInstant(boolean last) {
        return Readers.instant(
                Definition.builtIn(last ? BuiltIn.LAST_PURCHASE : BuiltIn.FIRST_PURCHASE),
                ImmutableList.of(),
                (c, ctx) -> {
                    int count = c.purchaseCountUpTo(ctx.asOf());
                    if (count == 0) {
                        return null;
                    }
                    return c.purchases().get(last ? count - 1 : 0).instant();
                });
    }

    /**
     * Calendar days in the context's zone from the last order to the evaluation date; missing without orders.
     *
     * @return the attribute
     */
    public static NumberAttribute<Customer> daysSinceLastPurchase() {
        return Readers.number(Definition.builtIn(BuiltIn.DAYS_SINCE_LAST_PURCHASE), ImmutableList.of(), (c, ctx) -> {
            int count = c.purchaseCountUpTo(ctx.asOf());
            if (count == 0) {
                return Double.NaN;
            }
            return ctx.today().toEpochDay()
                    - Instants.epochDay(c.purchases().get(count - 1).instant(), ctx.zone());
        });
    }

    /**
     * The distinct channels of orders up to the evaluation time.
     *
     * @return the attribute
     */
    public static SetAttribute<Customer> channels() {
        return Readers.set(Definition.builtIn(BuiltIn.CHANNELS), ImmutableList.of(), (c, ctx) -> {
            ImmutableSet.Builder<String> channels = ImmutableSet.builder();
            for (Order o : c.purchasesUpTo(ctx.asOf())) {
                o.channel().ifPresent(channels::add);
            }
            return channels.build();
        });
    }

    /**
     * Events of a type, passing a filter, in the window.
     *
     * @param type the event type
     * @param filter the filter over events, if any
     * @return the attribute
     */
    public static WindowedNumberAttribute<Customer> eventCount(String type, Optional<Criterion<Event>> filter) {
        Criterion<Event> accepted = filter.orElse(null);
        return Readers.windowedNumber(
                Definition.builtIn(BuiltIn.EVENT), qualifiers(type, filter), Window.all(), (c, start, end, ctx) -> {
                    int count = 0;
                    for (Event e : c.eventsBetween(start, end)) {
                        if (accepts(e, type, accepted, ctx)) {
                            count++;
                        }
                    }
                    return count;
                });
    }

    /**
     * The instant of the last event of a type passing a filter, up to the evaluation time.
     *
     * @param type the event type
     * @param filter the filter over events, if any
     * @return the attribute
     */
    public static InstantAttribute<Customer> lastEvent(String type, Optional<Criterion<Event>> filter) {
        Criterion<Event> accepted = filter.orElse(null);
        return Readers.instant(Definition.builtIn(BuiltIn.LAST_EVENT), qualifiers(type, filter), (c, ctx) -> {
            List<Event> events = c.eventsUpTo(ctx.asOf());
            for (int i = events.size() - 1; i >= 0; i--) {
                if (accepts(events.get(i), type, accepted, ctx)) {
                    return events.get(i).instant();
                }
            }
            return null;
        });
    }

    /**
     * A typed view of a custom attribute; values of another type read as missing. Dates read as the start of their
     * day in the context's zone.
     *
     * @param key the custom attribute's name
     * @return the attribute
     */
    public static Function<Customer, Object> custom(String key) {
        return c -> c.customAttribute(key).orElse(null);
    }

    /**
     * Converts a custom value to an instant, if it is one.
     *
     * @param value the value
     * @param context the context, for the zone of dates
     * @return the instant, or null
     */
    public static Instant asInstant(Object value, EvaluationContext context) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDate d) {
            return d.atStartOfDay(context.zone()).toInstant();
        }
        return null;
    }

    private static ImmutableList<Object> qualifiers(String type, Optional<Criterion<Event>> filter) {
        return filter.isPresent() ? ImmutableList.of(type, filter.get()) : ImmutableList.of(type);
    }

    /**
     * Whether an event counts: its type, then the filter read by the interpreter (the vocabulary sits below the
     * compiled matcher, so it does not compile the filter; an event filter is a few comparisons on one event).
     */
    private static boolean accepts(Event e, String type, Criterion<Event> filter, EvaluationContext ctx) {
        return e.type().equals(type) && (filter == null || Evaluator.matches(filter, e, ctx));
    }
}
