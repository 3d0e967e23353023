package io.segmentation.internal.vocabulary;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.customer.Customer;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The field of a {@link Customer} profile a built-in attribute is derived from, with how to read and write it: the
 * "source: a profile field" of the attribute's description. Readers that need more than the field (the evaluation
 * time, a zone) derive their value from it; the test kit writes it to build a customer whose attribute takes a wanted
 * value, without knowing the attribute's name.
 *
 * @param name the field's name, for messages
 * @param type the field's value type
 * @param read reads the field, null when unknown
 * @param write sets the field on a builder
 * @param <V> the value type
 */
public record ProfileField<V>(
        String name, Class<V> type, Function<Customer, V> read, BiConsumer<Customer.Builder, V> write) {

    /** Validates the parts. */
    public ProfileField {
        checkNotNull(name, "name");
        checkNotNull(type, "type");
        checkNotNull(read, "read");
        checkNotNull(write, "write");
    }

    /**
     * Sets the field to a value of its type.
     *
     * @param builder the builder
     * @param value the value, of {@link #type()}
     * @throws ClassCastException if the value is of another type
     */
    public void set(Customer.Builder builder, Object value) {
        write.accept(builder, type.cast(value));
    }
}
