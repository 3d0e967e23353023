/**
 * The customer model: immutable profiles that segments are evaluated against.
 *
 * <p>A {@link io.segmentation.customer.Customer} is built once and never changes. It carries an id and whatever is
 * known about the person or company behind it:
 *
 * <ul>
 *   <li>demographic: birth date, gender, income, education, occupation;
 *   <li>geographic: country (ISO 3166-1 alpha-2), region, city, postal code, a {@link
 *       io.segmentation.customer.GeoPoint};
 *   <li>psychographic: interests, values, lifestyle;
 *   <li>firmographic: company size, industry, annual revenue;
 *   <li>behavioural: {@link io.segmentation.customer.Order}s with their {@link io.segmentation.customer.LineItem}s,
 *       and {@link io.segmentation.customer.Event}s such as page views;
 *   <li>consents (the channels a customer may be contacted on), free-form tags, and typed custom attributes for
 *       everything else.
 * </ul>
 *
 * <h2>Building a customer</h2>
 *
 * <pre>{@code
 * Customer anna = Customer.builder("c-42")
 *         .birthDate(LocalDate.of(2001, 3, 14))
 *         .gender("female")
 *         .country("DE").city("Berlin")
 *         .interests("running", "eco")
 *         .subscribedTo("email")
 *         .attribute("loyaltyPoints", 1250)
 *         .order(Order.builder("o-1", Instant.parse("2026-05-02T10:15:30Z"), new BigDecimal("59.90"))
 *                 .currency("EUR")
 *                 .channel("web")
 *                 .item("sku-7", "shoes", 1, new BigDecimal("59.90"))
 *                 .build())
 *         .order(Order.builder("o-2", Instant.parse("2026-05-09T12:00:00Z"), new BigDecimal("19.99"))
 *                 .currency("EUR")
 *                 .status(Order.Status.REFUNDED)   // kept in orders(), not one of purchases()
 *                 .build())
 *         .event(Event.of("page_view", Instant.parse("2026-05-20T08:00:00Z"), Map.of("path", "/shoes/trail")))
 *         .build();
 *
 * anna.country();                  // Optional[DE]
 * anna.isSubscribedTo("EMAIL");    // true
 * anna.ordersBetween(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")); // [o-1, o-2]
 * anna.purchases();                // [o-1]
 * anna.exactTotalSpentBetween(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z")); // 59.90
 * Customer older = anna.toBuilder().birthDate(LocalDate.of(1990, 1, 1)).build();
 * }</pre>
 *
 * <h2>Rules that hold everywhere</h2>
 *
 * <ul>
 *   <li><b>Nothing is null.</b> Every method rejects a null argument with a {@link java.lang.NullPointerException}
 *       naming the parameter; an attribute that is not known is an empty {@link java.util.Optional}, an empty
 *       {@link java.util.OptionalInt} or an empty collection.
 *   <li><b>Wrong values fail where they are written.</b> Builders and factories check each argument at once and
 *       throw {@link java.lang.IllegalArgumentException} with a message naming the field and the value, for
 *       example {@code country: 'XX' is not an ISO 3166-1 alpha-2 code}. The one check left to {@code build()} is
 *       that order ids are unique within a customer.
 *   <li><b>Everything is immutable.</b> Collections are Guava immutable copies; sets keep the order in which
 *       elements were first given. Instances are safe to share between threads; builders are not.
 *   <li><b>Time is sorted.</b> Orders and events are kept sorted by instant, so that {@code ordersBetween(from, to)}
 *       (from inclusive, to exclusive) and {@code ordersUpTo(t)} (inclusive) are binary searches returning views.
 *   <li><b>Money is exact.</b> Amounts are {@link java.math.BigDecimal} and compared by value: {@code 59.9} equals
 *       {@code 59.90}. Sums and averages over orders are exact to the cent (to the smallest unit any of the
 *       customer's totals is given in): running totals are kept in whole minor units and converted to {@code double}
 *       only at the end, as the double nearest the exact sum, so {@code totalSpent().atLeast(1_000)} is met by
 *       purchases adding up to 1000.00 on every path (matcher, explanation, index, tracker, test kit fixtures).
 *   <li><b>Only purchases count.</b> An {@link io.segmentation.customer.Order} is {@link
 *       io.segmentation.customer.Order.Status#PLACED placed} unless built as {@link
 *       io.segmentation.customer.Order.Status#CANCELLED cancelled} or {@link
 *       io.segmentation.customer.Order.Status#REFUNDED refunded}. Those two stay in {@code orders()} but are not
 *       {@code purchases()}: every built-in attribute (purchases, total spent, average order value, first and last
 *       purchase, days since the last purchase, purchased product and category, channels) and every built-in
 *       metric (revenue, orders, AOV, purchase frequency, repeat rate, historic CLV, retention, churn, conversion,
 *       ROI) treats them as if they had never been placed. {@code orderCountBetween} and {@code ordersBetween} still
 *       see every order.
 *   <li><b>Currencies are never mixed.</b> An order's currency is optional; an order without one is taken to be in
 *       the currency of the orders it is summed with. A sum or average over purchases in two different currencies
 *       (within one customer's window, or across the members of a money metric) throws {@link
 *       io.segmentation.customer.MixedCurrencyException} naming the customer, the attribute or metric and the
 *       currencies, from whichever path needs the sum: {@code SegmentMatcher.matches} and {@code explain}, {@code
 *       SegmentEngine}, building or querying a {@code PopulationIndex} column, {@code MembershipTracker.update} and
 *       {@code advanceTo}, and the metric calculators. Counts, and sums over a window holding one currency, are
 *       unaffected. Convert amounts to one currency before building customers when they must be added.
 *   <li><b>Text is kept as given</b>, except country codes (upper case), and order channels and subscription
 *       channels (lower case).
 * </ul>
 *
 * @since 0.1.0
 */
package io.segmentation.customer;
