package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TradingStateRepository} must do: exact round trips, optimistic saves, per-account state. */
public abstract class TradingStateRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private TradingStateRepository states;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        states = store().tradingStates();
        account = Ids.account();
    }

    @Test
    void anAccountNeverSavedHasNoStoredState() {
        assertThat(states.find(account)).isEmpty();
    }

    @Test
    void roundTripsAHaltAndAnAuditedResume() {
        TradingState halted = states.save(TradingState.initial(account)
                .halt("daily loss 45.50 over limit 40", "risk-engine", Instants.at("2026-03-01T12:00:00.123456Z")));
        assertThat(halted.version()).isEqualTo(1);
        assertThat(states.find(account)).contains(halted);
        assertThat(halted.status()).isEqualTo(TradingStatus.HALTED);

        TradingState resumed = states.save(halted.resume("alice", Instants.at("2026-03-01T15:30:00.000001Z")));
        assertThat(resumed.version()).isEqualTo(2);
        TradingState read = states.find(account).orElseThrow();
        assertThat(read).isEqualTo(resumed);
        assertThat(read.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(read.reason()).isEqualTo("daily loss 45.50 over limit 40");
        assertThat(read.changedBy()).isEqualTo("risk-engine");
        assertThat(read.resumedBy()).isEqualTo("alice");
        assertThat(read.resumedAt()).isEqualTo(Instants.at("2026-03-01T15:30:00.000001Z"));
    }

    @Test
    void roundTripsTheInitialActiveStateWithItsNulls() {
        TradingState saved = states.save(TradingState.initial(account));
        assertThat(saved).isEqualTo(TradingState.initial(account).withVersion(1));
        assertThat(states.find(account)).contains(saved);
    }

    @Test
    void aStaleSaveIsRejectedAndTheStoredStateIsUnchanged() {
        TradingState first = states.save(TradingState.initial(account).reduceOnly("drawdown", "bot", Instants.T0));
        TradingState staleNew = TradingState.initial(account).halt("manual", "bob", Instants.T0.plusSeconds(1));
        assertThatThrownBy(() -> states.save(staleNew)).isInstanceOf(StaleVersionException.class);
        TradingState next = states.save(first.halt("manual", "bob", Instants.T0.plusSeconds(2)));
        assertThatThrownBy(() -> states.save(first.resume("carol", Instants.T0.plusSeconds(3))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(states.find(account)).contains(next);
    }

    @Test
    void savingAVersionThatWasNeverStoredIsStale() {
        TradingState invented = TradingState.initial(account).halt("x", "y", Instants.T0).withVersion(5);
        assertThatThrownBy(() -> states.save(invented)).isInstanceOf(StaleVersionException.class);
        assertThat(states.find(account)).isEmpty();
    }

    @Test
    void eachAccountHasItsOwnState() {
        AccountId other = Ids.account();
        TradingState mine = states.save(TradingState.initial(account).halt("mine", "me", Instants.T0));
        assertThat(states.find(other)).isEmpty();
        TradingState theirs = states.save(TradingState.initial(other));
        assertThat(states.find(account)).contains(mine);
        assertThat(states.find(other)).contains(theirs);
    }

    @Test
    void racingFirstSavesHaveExactlyOneWinner() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                states.save(TradingState.initial(account).halt("reason " + i, "bot-" + i, Instants.T0));
                return true;
            } catch (StaleVersionException lost) {
                return false;
            }
        });
        assertThat(results).containsOnlyOnce(true);
        int winner = results.indexOf(true);
        assertThat(states.find(account).orElseThrow().changedBy()).isEqualTo("bot-" + winner);
    }
}
