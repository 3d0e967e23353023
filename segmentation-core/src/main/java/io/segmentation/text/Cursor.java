package io.segmentation.text;

import io.segmentation.text.Token.Type;
import java.util.List;

/** The tokens being read, the position, and the nesting depth, shared by the readers of every scope. */
final class Cursor {

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
            throw error(at, "nesting is deeper than the limit of " + limits.maxDepth());
        }
    }

    void exit() {
        depth--;
    }

    SegmentSyntaxException error(Token at, String problem) {
        return source.error(at, problem);
    }

    SegmentSyntaxException error(Token at, String problem, String suggestion) {
        return source.error(at.line(), at.column(), problem, suggestion);
    }
}
