package io.segmentation.internal.vocabulary;

import static com.google.common.base.Preconditions.checkNotNull;

import io.segmentation.attribute.ChangeInstants;
import io.segmentation.attribute.Cost;
import io.segmentation.attribute.TimeDependence;

/**
 * Where an attribute made by the library comes from and what it declares: a row of the {@link BuiltIn} table, or a
 * user factory call with its getter. Decides whether two attributes of the same identity are the same attribute
 * ({@link #sameAs}): built-ins of the same row are; user attributes are when they read with the same getter object
 * and declare the same time dependence.
 */
public final class Definition {

    private final String name;
    private final BuiltIn builtIn;
    private final String factory;
    private final Object getter;
    private final TimeDependence timeDependence;
    private final ChangeInstants<?> instants;

    private Definition(
            String name,
            BuiltIn builtIn,
            String factory,
            Object getter,
            TimeDependence timeDependence,
            ChangeInstants<?> instants) {
        this.name = name;
        this.builtIn = builtIn;
        this.factory = factory;
        this.getter = getter;
        this.timeDependence = timeDependence;
        this.instants = instants;
    }

    /**
     * A built-in attribute of a row.
     *
     * @param row the row
     * @return the definition
     */
    public static Definition builtIn(BuiltIn row) {
        return new Definition(
                row.attributeName(),
                checkNotNull(row, "row"),
                null,
                null,
                row.temporal().timeDependence(),
                row.changeInstants());
    }

    /**
     * A user attribute made by a public factory.
     *
     * @param factory the factory, for messages, e.g. {@code Attribute.number}
     * @param name the attribute's name
     * @param getter the user's reading function, whose identity is the attribute's
     * @param timeDependence the declared time dependence
     * @param instants where the value changes, for computable instants, else null
     * @return the definition
     */
    public static Definition user(
            String factory, String name, Object getter, TimeDependence timeDependence, ChangeInstants<?> instants) {
        return new Definition(
                name,
                null,
                checkNotNull(factory, "factory"),
                checkNotNull(getter, "getter"),
                checkNotNull(timeDependence, "timeDependence"),
                instants);
    }

    /**
     * The attribute's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The built-in row, if the attribute is built in.
     *
     * @return the row, or null for a user attribute
     */
    public BuiltIn builtIn() {
        return builtIn;
    }

    /**
     * The declared time dependence.
     *
     * @return the time dependence
     */
    public TimeDependence timeDependence() {
        return timeDependence;
    }

    /**
     * The cost class: the row's for a built-in, {@link Cost#CHEAP} for a user getter.
     *
     * @return the cost
     */
    public Cost cost() {
        return builtIn == null ? Cost.CHEAP : builtIn.cost();
    }

    /**
     * The change instants: the user's, for a user attribute that changes at computable instants, or the row's, for a
     * built-in of kind {@link Temporal#ROW_INSTANTS}.
     *
     * @return the function, or null
     */
    public ChangeInstants<?> instants() {
        return instants;
    }

    /**
     * Whether an attribute of this definition and one of another, with equal identities, are the same attribute.
     *
     * @param other the other definition
     * @return true when they read the same way
     */
    public boolean sameAs(Definition other) {
        if (builtIn != null || other.builtIn != null) {
            return builtIn == other.builtIn;
        }
        return getter == other.getter && timeDependence.equals(other.timeDependence) && instants == other.instants;
    }

    /**
     * Where the attribute comes from, for messages: {@code built-in attribute 'age'} or
     * {@code user attribute from Attribute.number (getter Shop$$Lambda/0x1@5e9f23b4)}.
     *
     * @return the origin
     */
    public String origin() {
        if (builtIn != null) {
            return "built-in attribute '" + builtIn.attributeName() + "'";
        }
        return "user attribute from " + factory + " (getter " + getter + ")";
    }
}
