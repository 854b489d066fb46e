package io.tradekit.domain.decision;

import io.tradekit.domain.shared.InvalidValueException;

/** A strict JSON (RFC 8259) syntax check, without building anything: the domain has no JSON library. */
final class JsonSyntax {
    private static final int MAX_DEPTH = 64;

    private final String text;
    private final String field;
    private int at;

    private JsonSyntax(String text, String field) {
        this.text = text;
        this.field = field;
    }

    static void check(String text, String field) {
        JsonSyntax parser = new JsonSyntax(text, field);
        parser.skipSpace();
        parser.value(0);
        parser.skipSpace();
        if (parser.at != text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
    }

    private void value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (at >= text.length()) {
            throw error("a JSON value expected, found the end of the text");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    throw error("unexpected character '" + c + "'");
                }
            }
        }
    }

    private void object(int depth) {
        at++;
        skipSpace();
        if (peek() == '}') {
            at++;
            return;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("an object key (a string) expected");
            }
            string();
            skipSpace();
            expect(':');
            skipSpace();
            value(depth + 1);
            skipSpace();
            char c = peek();
            at++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw error("',' or '}' expected in an object");
            }
        }
    }

    private void array(int depth) {
        at++;
        skipSpace();
        if (peek() == ']') {
            at++;
            return;
        }
        while (true) {
            skipSpace();
            value(depth + 1);
            skipSpace();
            char c = peek();
            at++;
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw error("',' or ']' expected in an array");
            }
        }
    }

    private void string() {
        at++; // the opening quote
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw error("a control character inside a string must be escaped");
            }
            if (c == '\\') {
                char e = peek();
                at++;
                if (e == 'u') {
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(peek(), 16) < 0) {
                            throw error("\\u needs four hex digits");
                        }
                        at++;
                    }
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    throw error("unknown escape '\\" + e + "'");
                }
            }
        }
        throw error("unterminated string");
    }

    private void number() {
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else {
            digits();
        }
        if (peek() == '.') {
            at++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            digits();
        }
    }

    private void digits() {
        int start = at;
        while (peek() >= '0' && peek() <= '9') {
            at++;
        }
        if (at == start) {
            throw error("a digit expected");
        }
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("'" + word + "' expected");
        }
        at += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("'" + c + "' expected");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private InvalidValueException error(String problem) {
        return new InvalidValueException(field, "not valid JSON at character " + at + ": " + problem);
    }
}
