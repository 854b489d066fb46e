package io.tradekit.application.journal;

import io.tradekit.domain.decision.SourceData;
import io.tradekit.domain.shared.Require;

/**
 * Writes one JSON object as text, for a decision's source data (the application has no JSON library): string
 * members escaped per RFC 8259, nested objects and raw numbers. The result is checked again by {@link SourceData}.
 */
public final class JsonObjectText {
    private final StringBuilder text = new StringBuilder("{");

    public JsonObjectText put(String name, String value) {
        key(name);
        if (value == null) {
            text.append("null");
        } else {
            quote(value);
        }
        return this;
    }

    /** A decimal written as a JSON number (exact: plain digits). */
    public JsonObjectText put(String name, java.math.BigDecimal value) {
        key(name);
        text.append(value == null ? "null" : value.toPlainString());
        return this;
    }

    public JsonObjectText put(String name, boolean value) {
        key(name);
        text.append(value);
        return this;
    }

    public JsonObjectText put(String name, JsonObjectText object) {
        key(name);
        text.append(Require.nonNull(object, name).text()).append('}');
        return this;
    }

    public SourceData toSourceData() {
        return SourceData.of(text() + "}");
    }

    private String text() {
        return text.toString();
    }

    private void key(String name) {
        Require.nonNull(name, "name");
        if (text.length() > 1) {
            text.append(',');
        }
        quote(name);
        text.append(':');
    }

    private void quote(String s) {
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
