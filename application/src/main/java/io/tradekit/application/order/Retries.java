package io.tradekit.application.order;

import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.domain.shared.DomainException;
import java.util.function.Supplier;

/** Re-runs a whole unit of work when another writer got there first (safe: each attempt re-reads). */
final class Retries {
    private Retries() {
    }

    static <T> T onConflict(int attempts, String what, Supplier<T> unit) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unit.get();
            } catch (ConcurrentPositionUpdateException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            } catch (DomainException e) {
                if (!ConcurrentPositionUpdateException.isConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    throw new ConcurrentPositionUpdateException(what, e);
                }
            }
        }
    }
}
