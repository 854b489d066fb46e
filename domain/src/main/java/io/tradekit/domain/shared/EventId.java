package io.tradekit.domain.shared;

/** A group of related markets (an event), for exposure limits across them. */
public record EventId(String value) {
    public EventId {
        Require.id(value, "eventId");
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
