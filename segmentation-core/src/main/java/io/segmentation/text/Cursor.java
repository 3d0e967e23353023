package io.segmentation.text;

import io.segmentation.text.Token.Type;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tokens being read, the position, and the nesting depth, shared by the readers of every scope. */
final class Cursor {

    /** Refusals of queries over the {@link QueryLimits} are logged under the parser's name. */
    private static final Logger log = LoggerFactory.getLogger(SegmentParser.class);

    final Source source;
    final QueryLimits limits;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    Cursor(Source source, QueryLimits limits, List<Token> tokens) {
        this.source = source;
        this.limits = limits;
        this.tokens = tokens;
    }

    Token peek() {
        return tokens.get(pos);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(pos);
        if (t.type() != Type.END) {
            pos++;
        }
        return t;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(Type type, String what) {
        if (!peek().is(type)) {
            throw error(peek(), "expected " + what + " but found " + peek().describe());
        }
        return next();
    }

    Token expectKeyword(String keyword) {
        if (!peek().isKeyword(keyword)) {
            throw error(peek(), "expected " + keyword + " but found " + peek().describe());
        }
        return next();
    }

    void enter(Token at) {
        depth++;
        if (depth > limits.maxDepth()) {
            throw overLimit(at, "nesting is deeper than the limit of " + limits.maxDepth());
        }
    }

    void exit() {
        depth--;
    }

    /**
     * The error for a query over one of the {@link QueryLimits}, logged at WARN as a possibly hostile input: the
     * problem and its position only, never the query's text.
     */
    SegmentSyntaxException overLimit(Token at, String problem) {
        return overLimit(source.error(at, problem));
    }

    static SegmentSyntaxException overLimit(SegmentSyntaxException error) {
        log.warn(
                "query refused, over the parser's limits: {} at line {}, column {}",
                error.problem(),
                error.line(),
                error.column());
        return error;
    }

    SegmentSyntaxException error(Token at, String problem) {
        return source.error(at, problem);
    }

    SegmentSyntaxException error(Token at, String problem, String suggestion) {
        return source.error(at.line(), at.column(), problem, suggestion);
    }
}
