package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Triggers;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import java.util.ArrayList;
import java.util.List;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TriggerRepository} must do: first hit wins under BOTH keys, (account, condition,
 * threshold) and (account, token, threshold), race-free; exact round trips; per-account reads in order.
 */
public abstract class TriggerRepositoryContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private TriggerRepository triggers;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;

    @BeforeEach
    void setUpStore() {
        triggers = store().triggers();
        account = Ids.account();
        market = Ids.condition();
        yes = Ids.token();
    }

    @Test
    void roundTripsEveryField() {
        Trigger trigger = new Trigger(account, market, yes, Price.of("0.95"), Price.of("0.96543210"),
                MarketTradeId.of(Ids.unique("print")), Instants.at("2026-03-01T11:59:59.999999Z"),
                Instants.at("2026-03-01T12:00:00.000001Z"));
        assertThat(triggers.createIfFirst(trigger)).isTrue();
        assertThat(triggers.findByCondition(account, market, Price.of("0.95"))).contains(trigger);
        assertThat(triggers.findByToken(account, yes, Price.of("0.95"))).contains(trigger);
        assertThat(triggers.findByAccount(account)).containsExactly(trigger);
    }

    @Test
    void theEndsOfTheTimeRangeRoundTripExactly() {
        Trigger trigger = new Trigger(account, market, yes, Price.of("0.95"), Price.of("0.96"),
                MarketTradeId.of(Ids.unique("print")), Times.EARLIEST, Times.LATEST);
        assertThat(triggers.createIfFirst(trigger)).isTrue();
        assertThat(triggers.findByCondition(account, market, Price.of("0.95"))).contains(trigger);
        assertThat(triggers.findByAccount(account)).containsExactly(trigger);
        assertThat(trigger.printedAt()).isEqualTo(Times.EARLIEST);
        assertThat(trigger.firedAt()).isEqualTo(Times.LATEST);
    }

    @Test
    void aTimeOutsideTheKitsRangeIsRefusedByTheDomainBeforeAnyStore() {
        for (Instant far : WatermarkRepositoryContract.FAR_TIMES) {
            assertThatThrownBy(() -> Triggers.trigger(account, market, yes, "0.95", "0.96", far))
                    .as(far.toString()).isInstanceOf(InvalidValueException.class);
        }
        assertThat(triggers.findByAccount(account)).isEmpty();
    }

    @Test
    void onlyTheFirstHitIsStored() {
        Trigger first = Triggers.trigger(account, market, yes, "0.95", "0.96", Instants.T0);
        Trigger later = Triggers.trigger(account, market, yes, "0.95", "0.99", Instants.T0.plusSeconds(5));
        assertThat(triggers.createIfFirst(first)).isTrue();
        assertThat(triggers.createIfFirst(first)).isFalse();
        assertThat(triggers.createIfFirst(later)).isFalse();
        assertThat(triggers.findByCondition(account, market, Price.of("0.95"))).contains(first);
        assertThat(triggers.findByAccount(account)).containsExactly(first);
    }

    @Test
    void theSameTokenUnderAnotherConditionIsRejected() {
        Trigger first = Triggers.trigger(account, market, yes, "0.95");
        ConditionId alias = Ids.condition();
        assertThat(triggers.createIfFirst(first)).isTrue();
        assertThat(triggers.createIfFirst(Triggers.trigger(account, alias, yes, "0.95"))).isFalse();
        assertThat(triggers.findByCondition(account, alias, Price.of("0.95"))).isEmpty();
        assertThat(triggers.findByToken(account, yes, Price.of("0.95"))).contains(first);
        assertThat(triggers.findByAccount(account)).containsExactly(first);
    }

    @Test
    void theSameConditionUnderAnotherTokenIsRejected() {
        Trigger first = Triggers.trigger(account, market, yes, "0.95");
        TokenId alias = Ids.token();
        assertThat(triggers.createIfFirst(first)).isTrue();
        assertThat(triggers.createIfFirst(Triggers.trigger(account, market, alias, "0.95"))).isFalse();
        assertThat(triggers.findByToken(account, alias, Price.of("0.95"))).isEmpty();
        assertThat(triggers.findByCondition(account, market, Price.of("0.95"))).contains(first);
        assertThat(triggers.findByAccount(account)).containsExactly(first);
    }

    @Test
    void anotherThresholdIsAnotherTrigger() {
        Trigger at95 = Triggers.trigger(account, market, yes, "0.95", "0.97", Instants.T0);
        Trigger at90 = Triggers.trigger(account, market, yes, "0.90", "0.97", Instants.T0);
        assertThat(triggers.createIfFirst(at95)).isTrue();
        assertThat(triggers.createIfFirst(at90)).isTrue();
        assertThat(triggers.findByCondition(account, market, Price.of("0.90"))).contains(at90);
        assertThat(triggers.findByToken(account, yes, Price.of("0.95"))).contains(at95);
        assertThat(triggers.findByCondition(account, market, Price.of("0.80"))).isEmpty();
    }

    @Test
    void eachAccountHasItsOwnFirstHits() {
        AccountId other = Ids.account();
        Trigger mine = Triggers.trigger(account, market, yes, "0.95");
        Trigger theirs = Triggers.trigger(other, market, yes, "0.95");
        assertThat(triggers.createIfFirst(mine)).isTrue();
        assertThat(triggers.createIfFirst(theirs)).isTrue();
        assertThat(triggers.findByAccount(account)).containsExactly(mine);
        assertThat(triggers.findByAccount(other)).containsExactly(theirs);
        assertThat(triggers.findByCondition(Ids.account(), market, Price.of("0.95"))).isEmpty();
        assertThat(triggers.findByToken(Ids.account(), yes, Price.of("0.95"))).isEmpty();
        assertThat(triggers.findByAccount(Ids.account())).isEmpty();
    }

    @Test
    void findByAccountComesInFiredTimeConditionThresholdOrder() {
        String base = Ids.unique("cond");
        ConditionId a = ConditionId.of(base + "-a");
        ConditionId b = ConditionId.of(base + "-b");
        ConditionId first = ConditionId.of(base + "-0");
        Trigger late = Triggers.trigger(account, first, Ids.token(), "0.90", "0.97", Instants.T0.plusSeconds(10));
        Trigger bAt90 = Triggers.trigger(account, b, Ids.token(), "0.90", "0.97", Instants.T0);
        Trigger aAt95 = Triggers.trigger(account, a, Ids.token(), "0.95", "0.97", Instants.T0);
        Trigger aAt90 = Triggers.trigger(account, a, Ids.token(), "0.9", "0.97", Instants.T0);
        Trigger earliest = Triggers.trigger(account, b, Ids.token(), "0.95", "0.97", Instants.T0.minusNanos(1000));
        for (Trigger t : List.of(late, bAt90, aAt95, aAt90, earliest)) {
            assertThat(triggers.createIfFirst(t)).isTrue();
        }
        assertThat(triggers.findByAccount(account)).containsExactly(earliest, aAt90, aAt95, bAt90, late);
    }

    @Test
    void racingCreatesOfOneTriggerHaveExactlyOneWinner() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS,
                i -> triggers.createIfFirst(Triggers.trigger(account, market, yes, "0.95", "0.97",
                        Instants.T0.plusSeconds(i))));
        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers.findByAccount(account)).hasSize(1);
    }

    @Test
    void racingCreatesUnderOneConditionWithDifferentTokensHaveExactlyOneWinner() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS,
                i -> triggers.createIfFirst(Triggers.trigger(account, market, Ids.token(), "0.95")));
        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers.findByAccount(account)).hasSize(1);
    }

    @Test
    void racingCreatesOfOneTokenUnderDifferentConditionsHaveExactlyOneWinner() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS,
                i -> triggers.createIfFirst(Triggers.trigger(account, Ids.condition(), yes, "0.95")));
        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers.findByAccount(account)).hasSize(1);
        assertThat(triggers.findByToken(account, yes, Price.of("0.95"))).isPresent();
    }

    @Test
    void racingCreatesSharingEitherKeyNeverBothWinAndNeverAllLose() {
        // (M, Y) collides with both others; (M, N) and (A, Y) collide only with (M, Y)
        ConditionId alias = Ids.condition();
        TokenId no = Ids.token();
        List<Trigger> attempts = new ArrayList<>();
        for (int i = 0; i < Concurrently.THREADS * 2; i++) {
            attempts.add(switch (i % 3) {
                case 0 -> Triggers.trigger(account, market, yes, "0.95");
                case 1 -> Triggers.trigger(account, market, no, "0.95");
                default -> Triggers.trigger(account, alias, yes, "0.95");
            });
        }
        List<Boolean> results = Concurrently.race(attempts.size(), i -> triggers.createIfFirst(attempts.get(i)));

        List<Trigger> stored = triggers.findByAccount(account);
        assertThat(results.stream().filter(r -> r).count()).isEqualTo(stored.size());
        assertThat(stored).isNotEmpty();
        for (int i = 0; i < stored.size(); i++) {
            for (int j = i + 1; j < stored.size(); j++) {
                Trigger x = stored.get(i);
                Trigger y = stored.get(j);
                assertThat(x.conditionId().equals(y.conditionId()) || x.tokenId().equals(y.tokenId()))
                        .as("two stored triggers share a key: %s and %s", x, y).isFalse();
            }
        }
        // every attempt is blocked by a stored trigger on one of its keys (no key was left half-claimed)
        for (Trigger attempt : attempts) {
            assertThat(stored).anyMatch(s -> s.conditionId().equals(attempt.conditionId())
                    || s.tokenId().equals(attempt.tokenId()));
        }
        if (stored.size() == 2) {
            assertThat(stored).noneMatch(s -> s.conditionId().equals(market) && s.tokenId().equals(yes));
        }
    }
}
