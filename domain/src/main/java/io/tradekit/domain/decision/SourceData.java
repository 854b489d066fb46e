package io.tradekit.domain.decision;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.nio.charset.StandardCharsets;

/**
 * What the bot saw when it decided (prints, book, model output): one JSON document, kept as the exact text
 * given. Checked here for JSON syntax (the domain has no JSON library: the stores keep text, so every store
 * returns it byte for byte) and capped at {@link #MAX_BYTES} bytes of UTF-8, so one decision cannot bloat
 * the journal.
 */
public record SourceData(String json) {
    /** 64 KiB of UTF-8: a page of prints and a model's answer fit; a whole order book dump does not. */
    public static final int MAX_BYTES = 65_536;

    public static final SourceData EMPTY = new SourceData("{}");

    public SourceData {
        Require.nonNull(json, "sourceData");
        // chars are at most 3 UTF-8 bytes each: skip the encoding for short texts
        if ((long) json.length() * 3 > MAX_BYTES) {
            int bytes = json.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES) {
                throw new InvalidValueException("sourceData",
                        bytes + " bytes of UTF-8 exceed the cap of " + MAX_BYTES + " bytes; keep what the bot saw, "
                                + "not everything it could see");
            }
        }
        JsonSyntax.check(json, "sourceData");
    }

    public static SourceData of(String json) {
        return new SourceData(json);
    }

    @Override
    public String toString() {
        return json;
    }
}
