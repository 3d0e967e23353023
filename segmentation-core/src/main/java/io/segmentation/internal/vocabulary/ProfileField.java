package io.segmentation.internal.vocabulary;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.customer.Customer;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The field of a {@link Customer} profile a built-in attribute reads or is derived from (a date, text, number or set
 * field), with how to read and write it: the
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
     * A text field of the profile, read through its optional getter.
     *
     * @param name the field's name
     * @param getter the customer's getter
     * @param write sets the field on a builder
     * @return the field
     */
    public static ProfileField<String> text(
            String name, Function<Customer, Optional<String>> getter, BiConsumer<Customer.Builder, String> write) {
        checkNotNull(getter, "getter");
        return new ProfileField<>(name, String.class, c -> getter.apply(c).orElse(null), write);
    }

    /**
     * A set-of-texts field of the profile (never missing: empty when unknown).
     *
     * @param name the field's name
     * @param read the customer's getter
     * @param write sets the field on a builder
     * @return the field
     */
    @SuppressWarnings("unchecked") // Set.class stands for the class of sets of texts: the type is erased
    public static ProfileField<Set<String>> set(
            String name,
            Function<Customer, ? extends Set<String>> read,
            BiConsumer<Customer.Builder, Set<String>> write) {
        checkNotNull(read, "read");
        return new ProfileField<>(name, (Class<Set<String>>) (Class<?>) Set.class, read::apply, write);
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
