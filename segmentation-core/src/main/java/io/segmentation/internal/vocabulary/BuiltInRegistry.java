package io.segmentation.internal.vocabulary;

import io.segmentation.Attributes;
import io.segmentation.Criterion;
import io.segmentation.attribute.AttributeArguments;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.attribute.EventQuery;
import io.segmentation.attribute.WindowedBooleanAttribute;
import io.segmentation.attribute.WindowedNumberAttribute;
import io.segmentation.customer.Customer;
import io.segmentation.customer.Event;
import java.util.function.Function;

/** The registry of the built-in customer vocabulary, by the names the attributes carry. */
public final class BuiltInRegistry {

    private static final AttributeRegistry<Customer> CUSTOMERS = build();

    private BuiltInRegistry() {}

    /**
     * The built-in registry.
     *
     * @return the registry
     */
    public static AttributeRegistry<Customer> customers() {
        return CUSTOMERS;
    }

    private static AttributeRegistry<Customer> build() {
        return AttributeRegistry.<Customer>empty()
                .with(Attributes.age())
                .with(Attributes.nextBirthday())
                .with(Attributes.customerSince())
                .with(Attributes.nextAnniversary())
                .with(Attributes.daysUntilBirthday())
                .with(Attributes.daysUntilAnniversary())
                .with(Attributes.gender())
                .with(Attributes.income())
                .with(Attributes.education())
                .with(Attributes.occupation())
                .with(Attributes.country())
                .with(Attributes.region())
                .with(Attributes.city())
                .with(Attributes.postalCode())
                .with("distance_km", args -> {
                    args.expect(2, false, false, false);
                    return Attributes.distanceKm(args.number(0, "latitude"), args.number(1, "longitude"));
                })
                .with(Attributes.interests())
                .with(Attributes.values())
                .with(Attributes.lifestyle())
                .with(Attributes.companySize())
                .with(Attributes.industry())
                .with(Attributes.annualRevenue())
                .with("purchases", windowed(Attributes.purchases()))
                .with("total_spent", windowed(Attributes.totalSpent()))
                .with("average_order_value", windowed(Attributes.averageOrderValue()))
                .with(Attributes.firstPurchase())
                .with(Attributes.lastPurchase())
                .with(Attributes.daysSinceLastPurchase())
                .with("purchased_product", windowedFlag(Attributes::purchasedProduct, "product id"))
                .with("purchased_category", windowedFlag(Attributes::purchasedCategory, "category"))
                .with(Attributes.channels())
                .with("event", args -> {
                    args.expect(1, true, true, false);
                    WindowedNumberAttribute<Customer> count = events(args).count();
                    return args.window().map(count::over).orElse(count);
                })
                .with("last_event", args -> {
                    args.expect(1, false, true, false);
                    return events(args).last();
                })
                .with(Attributes.tags())
                .with("subscribed_to", args -> {
                    args.expect(1, false, false, false);
                    return Attributes.subscribedTo(args.text(0, "channel"));
                })
                .with("attribute", args -> {
                    args.expect(1, false, false, true);
                    return Attributes.attribute(args.text(0, "name")).as(args.typeOrInferred());
                });
    }

    private static io.segmentation.attribute.AttributeFactory<Customer> windowed(
            WindowedNumberAttribute<Customer> attribute) {
        return args -> {
            args.expect(0, true, false, false);
            return args.window().map(attribute::over).orElse(attribute);
        };
    }

    private static io.segmentation.attribute.AttributeFactory<Customer> windowedFlag(
            Function<String, WindowedBooleanAttribute<Customer>> factory, String what) {
        return args -> {
            args.expect(1, true, false, false);
            WindowedBooleanAttribute<Customer> attribute = factory.apply(args.text(0, what));
            return args.window().map(attribute::over).orElse(attribute);
        };
    }

    @SuppressWarnings("unchecked") // the parser reads filters of event(...) over events
    private static EventQuery events(AttributeArguments args) {
        EventQuery query = EventQuery.of(args.text(0, "event type"));
        return args.filter().map(f -> query.where((Criterion<Event>) f)).orElse(query);
    }
}
