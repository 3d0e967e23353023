package io.segmentation.testkit.internal.generators;

import static io.segmentation.Attributes.age;
import static io.segmentation.Attributes.inSegment;
import static io.segmentation.Attributes.purchases;
import static io.segmentation.Attributes.tags;

import io.segmentation.Segment;
import io.segmentation.attribute.AttributeRegistry;
import io.segmentation.customer.Customer;
import java.util.List;

/** The named segments generated criteria refer to, and a registry that knows them and the user-defined attribute. */
public final class Catalogue {

    /** {@code newsletter}; {@code loyal}, described, which refers to {@code newsletter}; {@code young people}. */
    public static final List<Segment<Customer>> SEGMENTS = segments();

    /** The built-in vocabulary, {@link CustomerLeaves#VIP} and {@link #SEGMENTS}. */
    public static final AttributeRegistry<Customer> REGISTRY =
            AttributeRegistry.builtIn().with(CustomerLeaves.VIP).withSegments(SEGMENTS);

    private Catalogue() {}

    private static List<Segment<Customer>> segments() {
        Segment<Customer> newsletter =
                Segment.where(tags().contains("newsletter")).named("newsletter");
        Segment<Customer> loyal = Segment.where(purchases().atLeast(5))
                .and(inSegment(newsletter))
                .named("loyal")
                .describedAs("Five purchases and on the newsletter");
        return List.of(newsletter, loyal, Segment.where(age().lessThan(30)).named("young people"));
    }
}
