package io.segmentation.internal.describe;

import com.google.common.collect.ImmutableSet;
import io.segmentation.BooleanCondition;
import io.segmentation.Condition;
import io.segmentation.InstantCondition;
import io.segmentation.NumberCondition;
import io.segmentation.SetCondition;
import io.segmentation.attribute.ValueType;
import java.util.Locale;

/** The value type a comparison implies, as the parser infers it and the printer relies on. */
public final class Typing {

    private static final ImmutableSet<String> RESERVED = ImmutableSet.of(
            "and",
            "or",
            "not",
            "in",
            "is",
            "true",
            "false",
            "now",
            "today",
            "property",
            "text",
            "number",
            "boolean",
            "instant",
            "set",
            "last",
            "from",
            "to",
            "segment");

    private Typing() {}

    /**
     * The value type a condition implies.
     *
     * @param condition the condition
     * @return its value type
     */
    public static ValueType inferred(Condition<?> condition) {
        if (condition instanceof NumberCondition) {
            return ValueType.NUMBER;
        }
        if (condition instanceof BooleanCondition) {
            return ValueType.BOOLEAN;
        }
        if (condition instanceof InstantCondition) {
            return ValueType.INSTANT;
        }
        if (condition instanceof SetCondition && !(condition instanceof SetCondition.Contains)) {
            return ValueType.SET;
        }
        return ValueType.TEXT;
    }

    /**
     * Whether a text is a bare identifier of the query language.
     *
     * @param s the text
     * @return true if it needs no quotes
     */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty() || !isIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!isIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character starts an identifier: an ASCII letter or an underscore.
     *
     * @param c the character
     * @return true if an identifier may start with it
     */
    public static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    /**
     * Whether a character may continue an identifier: an identifier start or an ASCII digit.
     *
     * @param c the character
     * @return true if an identifier may contain it
     */
    public static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    /**
     * Whether a word is a keyword of the query language, in any case.
     *
     * @param s the word
     * @return true if it is reserved
     */
    public static boolean isReserved(String s) {
        return RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    /**
     * The value type named by a type keyword.
     *
     * @param keyword the keyword, in any case
     * @return the value type, or null if the keyword names none
     */
    public static ValueType type(String keyword) {
        for (ValueType t : ValueType.values()) {
            if (t.keyword().equalsIgnoreCase(keyword)) {
                return t;
            }
        }
        return null;
    }
}
