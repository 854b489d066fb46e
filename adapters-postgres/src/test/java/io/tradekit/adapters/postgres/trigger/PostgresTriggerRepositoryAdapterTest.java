package io.tradekit.adapters.postgres.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresTriggerRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());
    private static final Instant PRINTED = Instant.parse("2024-05-01T10:00:00.000001Z");

    private TriggerRepository triggers() {
        return db.store().triggers();
    }

    private Trigger trigger(AccountId who, String condition, String token, String threshold, String price, int firedSec) {
        return new Trigger(who, ConditionId.of(condition), TokenId.of(token), Price.of(threshold), Price.of(price),
                MarketTradeId.of("print-" + condition + token + threshold), PRINTED, PRINTED.plusSeconds(firedSec));
    }

    @Test
    void roundTripsByBothKeys() {
        Trigger t = trigger(account, "c", "t", "0.95", "0.97", 1);

        assertThat(triggers().createIfFirst(t)).isTrue();

        assertThat(triggers().findByCondition(account, t.conditionId(), Price.of("0.95000000"))).contains(t);
        assertThat(triggers().findByToken(account, t.tokenId(), Price.of("0.95"))).contains(t);
        assertThat(triggers().findByCondition(account, t.conditionId(), Price.of("0.9"))).isEmpty();
    }

    @Test
    void eitherKeyTakenMeansNotFirst() {
        assertThat(triggers().createIfFirst(trigger(account, "c1", "t1", "0.9", "0.9", 1))).isTrue();

        assertThat(triggers().createIfFirst(trigger(account, "c1", "t2", "0.9", "0.95", 2)))
                .as("same condition, another token").isFalse();
        assertThat(triggers().createIfFirst(trigger(account, "c2", "t1", "0.9", "0.95", 3)))
                .as("same token, another condition").isFalse();
        assertThat(triggers().createIfFirst(trigger(account, "c1", "t1", "0.8", "0.95", 4)))
                .as("another threshold").isTrue();
        assertThat(triggers().createIfFirst(trigger(AccountId.of("x-" + UUID.randomUUID()), "c1", "t1", "0.9", "0.9", 5)))
                .as("another account").isTrue();
        assertThat(triggers().findByToken(account, TokenId.of("t2"), Price.of("0.9"))).isEmpty();
    }

    @Test
    void findByAccountListsInFiredTimeConditionThresholdOrder() {
        Trigger late = trigger(account, "a", "ta", "0.5", "0.5", 20);
        Trigger earlyB = trigger(account, "b", "tb", "0.5", "0.5", 10);
        Trigger earlyA2 = trigger(account, "a", "ta2", "0.7", "0.7", 10);
        Trigger earlyA1 = trigger(account, "a", "ta1", "0.6", "0.6", 10);
        for (Trigger t : List.of(late, earlyB, earlyA2, earlyA1)) {
            triggers().createIfFirst(t);
        }

        assertThat(triggers().findByAccount(account)).containsExactly(earlyA1, earlyA2, earlyB, late);
    }

    @Test
    void eightProcessesRacingOnTheConditionKeyFireExactlyOnce() throws Exception {
        List<Boolean> results = Race.run(8, i -> triggers().createIfFirst(
                trigger(account, "race-c", "race-t" + i, "0.99", "0.99", i)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers().findByCondition(account, ConditionId.of("race-c"), Price.of("0.99"))).isPresent();
    }

    @Test
    void eightProcessesRacingOnTheTokenKeyFireExactlyOnce() throws Exception {
        List<Boolean> results = Race.run(8, i -> triggers().createIfFirst(
                trigger(account, "race2-c" + i, "race2-t", "0.99", "0.99", i)));

        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers().findByToken(account, TokenId.of("race2-t"), Price.of("0.99"))).isPresent();
    }

    @Test
    void eightProcessesFiringTheSamePrintFireExactlyOnce() throws Exception {
        Trigger same = trigger(account, "race3-c", "race3-t", "0.5", "0.6", 0);

        List<Boolean> results = Race.run(8, i -> triggers().createIfFirst(same));

        assertThat(results).containsOnlyOnce(true);
        assertThat(triggers().findByAccount(account)).containsExactly(same);
    }
}
