package io.tradekit.adapters.postgres.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresTradingStateRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());
    private static final Instant AT = Instant.parse("2024-08-01T09:30:00.000007Z");

    private TradingStateRepository states() {
        return db.store().tradingStates();
    }

    @Test
    void aHaltSurvivesAndAResumeRecordsWhoAndWhen() {
        assertThat(states().find(account)).isEmpty();

        TradingState halted = states().save(TradingState.initial(account).halt("drawdown 12% > 10%", "risk-engine", AT));
        assertThat(halted.version()).isEqualTo(1);
        assertThat(states().find(account)).contains(halted);

        TradingState resumed = states().save(halted.resume("alice", AT.plusSeconds(3600)));
        assertThat(resumed.version()).isEqualTo(2);
        TradingState read = states().find(account).orElseThrow();
        assertThat(read).isEqualTo(resumed);
        assertThat(read.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(read.resumedBy()).isEqualTo("alice");
        assertThat(read.reason()).isEqualTo("drawdown 12% > 10%");
    }

    @Test
    void aStaleSaveIsRefusedAndChangesNothing() {
        TradingState v1 = states().save(TradingState.initial(account).reduceOnly("exposure", "ops", AT));
        states().save(v1.halt("manual", "ops", AT.plusSeconds(1)));

        assertThatThrownBy(() -> states().save(v1.resume("bob", AT.plusSeconds(2))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> states().save(TradingState.initial(account).halt("again", "ops", AT)))
                .as("a second first save").isInstanceOf(StaleVersionException.class);
        assertThat(states().find(account).orElseThrow().status()).isEqualTo(TradingStatus.HALTED);
    }

    @Test
    void eightRacingSavesOfOneVersionLetExactlyOneThrough() throws Exception {
        TradingState v1 = states().save(TradingState.initial(account).halt("x", "ops", AT));

        List<Boolean> saved = Race.run(8, i -> {
            try {
                states().save(v1.reduceOnly("writer " + i, "ops", AT.plusSeconds(i)));
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });

        assertThat(saved).containsOnlyOnce(true);
        assertThat(states().find(account).orElseThrow().version()).isEqualTo(2);
    }
}
