package io.segmentation.attribute;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.segmentation.Segment;
import io.segmentation.customer.Customer;
import io.segmentation.internal.model.Criteria;
import io.segmentation.internal.vocabulary.BuiltInRegistry;
import io.segmentation.internal.vocabulary.Identities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names for attributes and segments, so that segments can be written as text or JSON: {@code age},
 * {@code total_spent(last: 365d)}, {@code IN SEGMENT 'newsletter'}. Immutable; each {@code with…} returns a new
 * registry.
 *
 * <pre>{@code
 * AttributeRegistry<Customer> registry = AttributeRegistry.builtIn()
 *     .with(Attribute.number("points", c -> pointsOf(c)))
 *     .withSegment(newsletter);                       // a named segment
 * Segment<Customer> s = SegmentQuery.parser(registry).parse("points >= 100 AND IN SEGMENT 'newsletter'");
 * }</pre>
 *
 * <p>{@link #builtIn()} knows every attribute of {@link io.segmentation.Attributes} by its snake_case name. A
 * registry for your own type starts {@link #empty()} and gains attributes with {@link #with(Attribute)}. A factory
 * registered with {@link #with(String, AttributeFactory)} must create attributes whose {@link Attribute#name()} is
 * the registered name, so that printed text reads back.
 *
 * @param <T> the subject type
 * @since 0.1.0
 */
public final class AttributeRegistry<T> {

    private final ImmutableMap<String, AttributeFactory<T>> attributes;
    private final ImmutableMap<String, Segment<T>> segments;
    // The attributes met so far: registered plain attributes and those the registered segments read.
    private final ImmutableMap<Attribute<T, ?>, Attribute<T, ?>> known;

    private AttributeRegistry(
            Map<String, AttributeFactory<T>> attributes,
            Map<String, Segment<T>> segments,
            Map<Attribute<T, ?>, Attribute<T, ?>> known) {
        this.attributes = ImmutableMap.copyOf(attributes);
        this.segments = ImmutableMap.copyOf(segments);
        this.known = ImmutableMap.copyOf(known);
    }

    /** The attributes met so far and {@code more}, failing on two different attributes of one identity. */
    private Map<Attribute<T, ?>, Attribute<T, ?>> knowing(Iterable<Attribute<T, ?>> more) {
        Map<Attribute<T, ?>, Attribute<T, ?>> all = new LinkedHashMap<>(known);
        for (Attribute<T, ?> a : more) {
            Attribute<T, ?> first = all.putIfAbsent(a, a);
            if (first != null) {
                Identities.requireSame(first, a, "AttributeRegistry");
            }
        }
        return all;
    }

    /**
     * A registry with no names.
     *
     * @param <T> the subject type
     * @return the registry
     */
    public static <T> AttributeRegistry<T> empty() {
        return new AttributeRegistry<>(ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of());
    }

    /**
     * The built-in customer vocabulary: {@code age}, {@code gender}, {@code income}, {@code education},
     * {@code occupation}, {@code country}, {@code region}, {@code city}, {@code postal_code},
     * {@code distance_km(lat, lon)}, {@code interests}, {@code values}, {@code lifestyle}, {@code company_size},
     * {@code industry}, {@code annual_revenue}, {@code purchases}, {@code total_spent},
     * {@code average_order_value}, {@code first_purchase}, {@code last_purchase},
     * {@code days_since_last_purchase}, {@code purchased_product('id')}, {@code purchased_category('name')},
     * {@code channels}, {@code event('type', filter)}, {@code last_event('type', filter)}, {@code tags},
     * {@code subscribed_to('channel')} and {@code attribute('name', type)}.
     *
     * @return the registry
     */
    public static AttributeRegistry<Customer> builtIn() {
        return BuiltInRegistry.customers();
    }

    /**
     * This registry with a plain attribute, under its {@link Attribute#name()}.
     *
     * @param attribute the attribute
     * @return the new registry
     * @throws IllegalArgumentException if the name is taken, or a registered segment reads a different attribute with
     *     the same identity (see {@link Attribute})
     */
    public AttributeRegistry<T> with(Attribute<T, ?> attribute) {
        checkNotNull(attribute, "attribute");
        AttributeRegistry<T> more = with(attribute.name(), arguments -> {
            arguments.expect(0, false, false, false);
            return attribute;
        });
        return new AttributeRegistry<>(more.attributes, more.segments, knowing(List.of(attribute)));
    }

    /**
     * This registry with a parameterised attribute.
     *
     * @param name the name, an identifier
     * @param factory makes the attribute from its arguments
     * @return the new registry
     * @throws IllegalArgumentException if the name is taken
     */
    public AttributeRegistry<T> with(String name, AttributeFactory<T> factory) {
        checkNotNull(name, "name");
        checkNotNull(factory, "factory");
        checkArgument(!attributes.containsKey(name), "attribute '%s' is already registered", name);
        Map<String, AttributeFactory<T>> more = new LinkedHashMap<>(attributes);
        more.put(name, factory);
        return new AttributeRegistry<>(more, segments, known);
    }

    /**
     * This registry with a named segment, for {@code IN SEGMENT 'name'}.
     *
     * @param segment a named segment
     * @return the new registry
     * @throws IllegalArgumentException if the segment is unnamed or its name is taken, or it reads an attribute that
     *     is different from a registered one (or one another registered segment reads) with the same identity
     */
    public AttributeRegistry<T> withSegment(Segment<T> segment) {
        checkNotNull(segment, "segment");
        String name = segment.name()
                .orElseThrow(() -> new IllegalArgumentException("only named segments can be registered: " + segment));
        checkArgument(!segments.containsKey(name), "segment '%s' is already registered", name);
        Map<String, Segment<T>> more = new LinkedHashMap<>(segments);
        more.put(name, segment);
        return new AttributeRegistry<>(attributes, more, knowing(Criteria.attributes(segment.criterion())));
    }

    /**
     * This registry with named segments.
     *
     * @param segments named segments
     * @return the new registry
     */
    public AttributeRegistry<T> withSegments(Iterable<Segment<T>> segments) {
        checkNotNull(segments, "segments");
        AttributeRegistry<T> registry = this;
        for (Segment<T> s : segments) {
            registry = registry.withSegment(s);
        }
        return registry;
    }

    /**
     * The factory registered under a name.
     *
     * @param name the name
     * @return the factory, if registered
     */
    public Optional<AttributeFactory<T>> attribute(String name) {
        return Optional.ofNullable(attributes.get(checkNotNull(name, "name")));
    }

    /**
     * The segment registered under a name.
     *
     * @param name the name
     * @return the segment, if registered
     */
    public Optional<Segment<T>> segment(String name) {
        return Optional.ofNullable(segments.get(checkNotNull(name, "name")));
    }

    /**
     * The registered attribute names, in registration order.
     *
     * @return the names
     */
    public Set<String> attributeNames() {
        return attributes.keySet();
    }

    /**
     * The registered segment names, in registration order.
     *
     * @return the names
     */
    public Set<String> segmentNames() {
        return ImmutableSet.copyOf(segments.keySet());
    }

    @Override
    public String toString() {
        return "AttributeRegistry[attributes=" + attributes.keySet() + ", segments=" + segments.keySet() + "]";
    }
}
