package io.segmentation.internal.vocabulary;

import io.segmentation.attribute.Attribute;
import java.util.HashMap;
import java.util.Map;

/**
 * Enforces that one identity (family, name, parameters) means one attribute wherever attributes meet: two attributes
 * that are {@linkplain Attribute#equals equal} but read differently must never share a column, a memo slot or a
 * registry entry.
 *
 * <p>The rule: the same object is the same attribute; two built-ins of the same row are; two user attributes made by
 * the factories of {@link Attribute} are when they were given the same getter object (and declare the same time
 * dependence); two hand-written subclasses are when they are of the same class. Everything else with equal
 * identities is a conflict.
 */
public final class Identities {

    private Identities() {}

    /**
     * Where an attribute comes from, for messages.
     *
     * @param attribute the attribute
     * @return {@code built-in attribute 'age'}, {@code user attribute from Attribute.number (getter …)} or
     *     {@code attribute of class com.example.Points}
     */
    public static String origin(Attribute<?, ?> attribute) {
        if (attribute instanceof Defined d) {
            return d.definition().origin();
        }
        return "attribute of class " + attribute.getClass().getName();
    }

    /**
     * Whether two attributes with equal identities are the same attribute.
     *
     * @param a one attribute
     * @param b another, equal to {@code a}
     * @return true when they read the same way
     */
    public static boolean same(Attribute<?, ?> a, Attribute<?, ?> b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Defined da && b instanceof Defined db) {
            return da.definition().sameAs(db.definition());
        }
        return !(a instanceof Defined) && !(b instanceof Defined) && a.getClass() == b.getClass();
    }

    /**
     * Fails when two equal attributes are different ones.
     *
     * @param seen the attribute met first
     * @param met the attribute met now, equal to {@code seen}
     * @param where what met them, e.g. {@code SegmentEngine}
     * @throws IllegalArgumentException naming both and where each came from
     */
    public static void requireSame(Attribute<?, ?> seen, Attribute<?, ?> met, String where) {
        if (!same(seen, met)) {
            throw new IllegalArgumentException(where + " met two different attributes with the identity '" + seen
                    + "' (" + family(seen) + "): " + origin(seen) + " and " + origin(met)
                    + "; they would share one column. Give different attributes different names, or define the"
                    + " attribute once and reuse that instance");
        }
    }

    private static String family(Attribute<?, ?> a) {
        return a.valueType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    /** Collects the attributes met by one consumer, and fails on the first conflict. Not thread-safe. */
    public static final class Guard {
        private final String where;
        private final Map<Attribute<?, ?>, Attribute<?, ?>> seen = new HashMap<>();

        /**
         * A guard for one consumer.
         *
         * @param where what meets the attributes, for messages
         */
        public Guard(String where) {
            this.where = where;
        }

        /**
         * Meets an attribute.
         *
         * @param attribute the attribute
         * @throws IllegalArgumentException if an equal, different attribute was met before
         */
        public void meet(Attribute<?, ?> attribute) {
            Attribute<?, ?> first = seen.putIfAbsent(attribute, attribute);
            if (first != null) {
                requireSame(first, attribute, where);
            }
        }
    }
}
