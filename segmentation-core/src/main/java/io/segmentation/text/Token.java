package io.segmentation.text;

/**
 * One lexical token of a segment query, with where it starts.
 *
 * @param type the kind of token
 * @param text the source text of the token
 * @param value the literal's value (String, Double, Duration, Period, LocalDate, Instant), or null
 * @param line the 1-based line
 * @param column the 1-based column
 */
record Token(Type type, String text, Object value, int line, int column) {

    enum Type {
        IDENTIFIER,
        STRING,
        NUMBER,
        /** An unsigned amount of time: {@code 30d}, {@code 12h}, {@code 3m}. */
        AMOUNT,
        /** A signed amount of time before now: {@code -30d}. */
        AGO,
        /** A signed amount of time after now: {@code +7d}. */
        AHEAD,
        DATE,
        INSTANT,
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        COLON,
        END
    }

    boolean is(Type expected) {
        return type == expected;
    }

    boolean isKeyword(String keyword) {
        return type == Type.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    boolean isOperator(String operator) {
        return type == Type.OPERATOR && text.equals(operator);
    }

    /** How the token is named in "expected … but found …" messages. */
    String describe() {
        switch (type) {
            case END:
                return "end of input";
            case STRING:
                return "text " + text;
            case IDENTIFIER:
                return "'" + text + "'";
            default:
                return "'" + text + "'";
        }
    }
}
