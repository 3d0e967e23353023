package io.segmentation.text;

import io.segmentation.internal.describe.Typing;
import io.segmentation.text.Token.Type;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/** Splits query text into tokens; every failure is a {@link SegmentSyntaxException} at the offending character. */
final class Lexer {

    private final String text;
    private final Source source;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String text, Source source) {
        this.text = text;
        this.source = source;
    }

    static List<Token> tokenize(String text, Source source) {
        return new Lexer(text, source).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                tokens.add(new Token(Type.END, "", null, line, column(pos)));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private int column(int offset) {
        return offset - lineStart + 1;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && pos + 1 < text.length() && text.charAt(pos + 1) == '-') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token next() {
        int start = pos;
        char c = text.charAt(pos);
        if (c == '\'') {
            return string(start);
        }
        if (isDigit(c) || ((c == '-' || c == '+') && isDigitAt(pos + 1))) {
            return literal(start);
        }
        if (isIdentifierStart(c)) {
            while (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            return token(Type.IDENTIFIER, start, null);
        }
        pos++;
        switch (c) {
            case '(':
                return token(Type.LEFT_PAREN, start, null);
            case ')':
                return token(Type.RIGHT_PAREN, start, null);
            case ',':
                return token(Type.COMMA, start, null);
            case ':':
                return token(Type.COLON, start, null);
            case '=':
                return token(Type.OPERATOR, start, null);
            case '!':
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    return token(Type.OPERATOR, start, null);
                }
                throw error(start, "unexpected '!'; did you mean '!='?");
            case '<':
                if (pos < text.length() && (text.charAt(pos) == '=' || text.charAt(pos) == '>')) {
                    pos++;
                }
                return token(Type.OPERATOR, start, null);
            case '>':
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                }
                return token(Type.OPERATOR, start, null);
            default:
                if (Character.isDigit(c)) {
                    throw notAscii(start);
                }
                throw error(start, "unexpected character " + printable(c));
        }
    }

    private Token token(Type type, int start, Object value) {
        return new Token(type, text.substring(start, pos), value, line, column(start));
    }

    private Token string(int start) {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error(start, "text literal is not closed; add a ' at the end");
            }
            char c = text.charAt(pos);
            if (c == '\'') {
                pos++;
                return token(Type.STRING, start, value.toString());
            }
            if (c == '\n') {
                throw error(pos, "text literal is not closed before the end of the line");
            }
            if (c == '\\') {
                value.append(escape());
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private char escape() {
        int start = pos;
        if (pos + 1 >= text.length()) {
            throw error(start, "unfinished escape at the end of input");
        }
        char e = text.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '\'':
                return '\'';
            case '\\':
                return '\\';
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'r':
                return '\r';
            case 'u':
                if (pos + 4 > text.length()) {
                    throw error(start, "\\u needs four hex digits");
                }
                String hex = text.substring(pos, pos + 4);
                for (int i = 0; i < 4; i++) {
                    if (Character.digit(hex.charAt(i), 16) < 0) {
                        throw error(start, "\\u needs four hex digits but found '" + hex + "'");
                    }
                }
                pos += 4;
                return (char) Integer.parseInt(hex, 16);
            default:
                throw error(start, "unknown escape \\" + printable(e) + "; use \\' \\\\ \\n \\t \\r or \\uXXXX");
        }
    }

    private Token literal(int start) {
        boolean negative = text.charAt(pos) == '-';
        boolean plus = text.charAt(pos) == '+';
        if (negative || plus) {
            pos++;
        }
        int digitsStart = pos;
        skipDigits();
        if (pos - digitsStart >= 4 && peek('-') && isDigitAt(pos + 1)) {
            return dateOrInstant(start);
        }
        if (plus) {
            return ahead(start, digitsStart);
        }
        if (peek('.') && isDigitAt(pos + 1)) {
            pos++;
            skipDigits();
        }
        if ((peek('e') || peek('E')) && (isDigitAt(pos + 1) || (signAt(pos + 1) && isDigitAt(pos + 2)))) {
            pos += signAt(pos + 1) ? 2 : 1;
            skipDigits();
        }
        String number = text.substring(digitsStart, pos);
        int unitStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String unit = text.substring(unitStart, pos);
        if (pos < text.length() && isIdentifierPart(text.charAt(pos))) {
            throw error(start, "malformed literal '" + text.substring(start, pos + 1) + "'");
        }
        if (unit.isEmpty()) {
            if (negative) {
                number = "-" + number;
            }
            double value;
            try {
                value = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw error(start, "malformed number '" + number + "'");
            }
            if (!Double.isFinite(value)) {
                throw error(start, "number " + number + " is too large");
            }
            return token(Type.NUMBER, start, value);
        }
        if (!number.chars().allMatch(ch -> isDigit((char) ch))) {
            throw error(start, "an amount of time needs a whole number but found '" + number + "'");
        }
        return token(negative ? Type.AGO : Type.AMOUNT, start, amount(start, number, unit));
    }

    /** {@code +7d}: a duration after now; a '+' otherwise only starts a date or instant with a five-digit year. */
    private Token ahead(int start, int digitsStart) {
        String number = text.substring(digitsStart, pos);
        int unitStart = pos;
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        String unit = text.substring(unitStart, pos);
        if (unit.isEmpty() || (pos < text.length() && isIdentifierPart(text.charAt(pos)))) {
            throw error(
                    start,
                    "a '+' only starts a date or instant with a year after 9999, such as +10000-01-01, or a time"
                            + " ahead, such as +7d");
        }
        Object amount = amount(start, number, unit);
        if (!(amount instanceof Duration)) {
            throw error(start, "a time ahead counts d, w, h, min or s, not months or years, but was +" + number + unit);
        }
        return token(Type.AHEAD, start, amount);
    }

    private Object amount(int start, String number, String unit) {
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw error(start, "amount of time " + number + unit + " is too large");
        }
        if (n <= 0) {
            throw error(start, "an amount of time must be positive but was " + number + unit);
        }
        try {
            switch (unit) {
                case "d":
                    return Duration.ofDays(n);
                case "w":
                    return Duration.ofDays(Math.multiplyExact(n, 7));
                case "h":
                    return Duration.ofHours(n);
                case "min":
                    return Duration.ofMinutes(n);
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                    return Period.ofMonths(Math.toIntExact(n));
                case "y":
                    return Period.ofMonths(Math.toIntExact(Math.multiplyExact(n, 12)));
                default:
                    throw error(
                            start + number.length() + (text.charAt(start) == '-' || text.charAt(start) == '+' ? 1 : 0),
                            "unknown unit of time '" + unit + "'; use d, w, h, min, s, m (months) or y");
            }
        } catch (ArithmeticException e) {
            throw error(start, "amount of time " + number + unit + " is too large");
        }
    }

    private Token dateOrInstant(int start) {
        while (pos < text.length() && "0123456789-T:.+Z".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        try {
            if (literal.indexOf('T') < 0) {
                return token(Type.DATE, start, LocalDate.parse(literal));
            }
            return token(Type.INSTANT, start, instant(literal));
        } catch (DateTimeException e) {
            throw error(
                    start,
                    "malformed date or time '" + literal + "'; write a date as 2026-01-31 or an instant as"
                            + " 2026-01-31T10:15:30Z");
        }
    }

    /**
     * An instant in ISO-8601 with an offset. Years beyond 9999 carry a sign ({@code +10000-01-01T00:00:00Z}), as
     * {@link Instant#toString()} writes them; the whole range of {@link Instant} reads back, including years beyond
     * those of {@link OffsetDateTime}.
     */
    private static Instant instant(String literal) {
        try {
            return OffsetDateTime.parse(literal).toInstant();
        } catch (DateTimeException e) {
            try {
                return Instant.parse(literal);
            } catch (DateTimeException ignored) {
                throw e;
            }
        }
    }

    private void skipDigits() {
        while (pos < text.length() && isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            throw notAscii(pos);
        }
    }

    private SegmentSyntaxException notAscii(int offset) {
        char c = text.charAt(offset);
        return error(
                offset,
                "digit " + printable(c) + " (U+" + String.format("%04X", (int) c)
                        + ") is not an ASCII digit; numbers, amounts of time and dates are written with 0-9");
    }

    /** Only ASCII digits count, in numbers, amounts of time and dates alike. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean isDigitAt(int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    private boolean signAt(int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-');
    }

    static boolean isIdentifierStart(char c) {
        return Typing.isIdentifierStart(c);
    }

    static boolean isIdentifierPart(char c) {
        return Typing.isIdentifierPart(c);
    }

    private static String printable(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }

    private SegmentSyntaxException error(int offset, String problem) {
        int errorLine = line;
        int errorLineStart = lineStart;
        return source.error(errorLine, offset - errorLineStart + 1, problem, null);
    }
}
