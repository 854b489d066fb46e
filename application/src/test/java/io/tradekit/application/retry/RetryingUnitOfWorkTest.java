package io.tradekit.application.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.inmemory.InMemoryStore;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.StoreUnavailableException;
import io.tradekit.domain.shared.TransientStoreException;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Prints;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 9 case 7: transient failures are retried whole, bounded, with backoff; joined units never on their own. */
class RetryingUnitOfWorkTest {
    private final InMemoryStore store = new InMemoryStore();
    private final List<Duration> waits = new ArrayList<>();
    private final RetryingUnitOfWork units = new RetryingUnitOfWork(store.unitOfWork(), RetryPolicy.DEFAULT, waits::add);

    @Test
    void aTransientFailureRunsTheWholeUnitAgainAndItsFirstWritesAreRolledBack() {
        AtomicInteger attempts = new AtomicInteger();
        MarketTrade print = Prints.print().id(Ids.print()).condition(Ids.condition()).token(Ids.token()).build();

        int inserted = units.inTransaction(() -> {
            int n = store.marketTrades().insertAllIfAbsent(List.of(print));
            if (attempts.incrementAndGet() < 3) {
                throw new TransientStoreException("connection dropped", null);
            }
            return n;
        });

        assertThat(attempts).hasValue(3);
        assertThat(inserted).as("each attempt starts from nothing written").isEqualTo(1);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retriesAreBoundedAndTheLastFailureReachesTheCaller() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> units.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new StoreUnavailableException("server gone", null);
        })).isInstanceOf(StoreUnavailableException.class);

        assertThat(attempts).hasValue(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800));
    }

    @Test
    void staleVersionsAreRetriedUnlessThePolicySaysNo() {
        AtomicInteger attempts = new AtomicInteger();
        assertThat(units.inTransaction(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new StaleVersionException("Position", "p", 1);
            }
            return "done";
        })).isEqualTo("done");

        RetryingUnitOfWork strict = new RetryingUnitOfWork(store.unitOfWork(),
                RetryPolicy.DEFAULT.withRetryStaleVersions(false), waits::add);
        AtomicInteger once = new AtomicInteger();
        assertThatThrownBy(() -> strict.inTransaction(() -> {
            once.incrementAndGet();
            throw new StaleVersionException("Position", "p", 1);
        })).isInstanceOf(StaleVersionException.class);
        assertThat(once).hasValue(1);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> units.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new InvalidValueException("price", "bad");
        })).isInstanceOf(InvalidValueException.class);

        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aJoinedUnitIsNeverRetriedOnItsOwnTheOutermostIs() {
        AtomicInteger outer = new AtomicInteger();
        AtomicInteger inner = new AtomicInteger();

        String result = units.inTransaction(() -> {
            outer.incrementAndGet();
            return units.inTransaction(() -> {
                if (inner.incrementAndGet() == 1) {
                    throw new TransientStoreException("deadlock", null);
                }
                return "ok";
            });
        });

        assertThat(result).isEqualTo("ok");
        assertThat(outer).as("the outer unit ran again").hasValue(2);
        assertThat(inner).hasValue(2);
        assertThat(store.unitOfWork().isActive()).isFalse();
    }

    @Test
    void thePolicyValidatesAndComputesItsBackoff() {
        assertThat(RetryPolicy.DEFAULT.backoff(10)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryPolicy.NONE.maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> RetryPolicy.attempts(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RetryPolicy.DEFAULT.withBackoff(Duration.ofSeconds(3), Duration.ofSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Optional.of(RetryPolicy.DEFAULT).map(RetryPolicy::retryStaleVersions)).contains(true);
    }
}
