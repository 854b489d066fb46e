package io.tradekit.archfixture.domain.order;

import io.tradekit.archfixture.domain.shared.Amount;
import java.time.Clock;
import java.time.Instant;

/** Clean fixture: an aggregate that takes its time from an injected clock. */
public record Order(String id, Amount amount, Instant placedAt) {
    public static Order place(String id, Amount amount, Clock clock) {
        return new Order(id, amount, Instant.now(clock));
    }
}
