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
final class Typing {

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

    static ValueType inferred(Condition<?> condition) {
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

    static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Lexer.isIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Lexer.isIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isReserved(String s) {
        return RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    static ValueType type(String keyword) {
        for (ValueType t : ValueType.values()) {
            if (t.keyword().equalsIgnoreCase(keyword)) {
                return t;
            }
        }
        return null;
    }
}
