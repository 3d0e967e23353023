package io.segmentation.jackson;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Bounds on an untrusted customer document, so that reading one is cheap and safe whatever arrives: the longest
 * document, checked before it is parsed, and the most elements of any one array or object in it (orders, events, line
 * items of one order, interests, custom attributes, properties of one event…). Exceeding one is a
 * {@link CustomerJsonException} naming the limit and the JSONPath.
 *
 * <p>Nesting needs no setting: a customer document is at most five levels deep ({@code $.orders[0].items[0]}), and a
 * deeper one fails while it is parsed. Amounts have fixed bounds of their own (see {@link CustomerJson}).
 *
 * <pre>{@code
 * CustomerJson.read(json, CustomerJsonLimits.defaults().withMaxListSize(100_000));   // a customer with many events
 * }</pre>
 *
 * @param maxLength the longest document, in chars (default 1,000,000)
 * @param maxListSize the most elements of one array or object (default 10,000)
 * @since 0.3.0
 */
public record CustomerJsonLimits(int maxLength, int maxListSize) {

    /**
     * Validates the limits.
     *
     * @throws IllegalArgumentException if a limit is below 1, naming it and the value
     */
    public CustomerJsonLimits {
        checkArgument(maxLength >= 1, "maxLength must be positive but was %s", maxLength);
        checkArgument(maxListSize >= 1, "maxListSize must be positive but was %s", maxListSize);
    }

    /**
     * The safe defaults: documents of 1,000,000 chars, 10,000 elements in any one array or object.
     *
     * @return the defaults
     */
    public static CustomerJsonLimits defaults() {
        return new CustomerJsonLimits(1_000_000, 10_000);
    }

    /**
     * These limits with another maximum length.
     *
     * @param maxLength the longest document, in chars, at least 1
     * @return the limits
     */
    public CustomerJsonLimits withMaxLength(int maxLength) {
        return new CustomerJsonLimits(maxLength, maxListSize);
    }

    /**
     * These limits with another maximum list size.
     *
     * @param maxListSize the most elements of one array or object, at least 1
     * @return the limits
     */
    public CustomerJsonLimits withMaxListSize(int maxListSize) {
        return new CustomerJsonLimits(maxLength, maxListSize);
    }
}
