package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionAction;
import io.tradekit.domain.decision.DecisionQuery;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.decision.TriggerRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.testdata.Decisions;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DecisionRepository} must do: exact round trips (the source data byte for byte), idempotent
 * records, order links each once, newest-first pages, and every read scoped to its account.
 */
public abstract class DecisionRepositoryContract {
    protected abstract JournalStoreUnderTest store();

    private DecisionRepository decisions;
    private AccountId account;
    private ConditionId market;

    @BeforeEach
    void setUpStore() {
        decisions = store().decisions();
        account = Ids.account();
        market = Ids.condition();
    }

    private Decisions mine() {
        return Decisions.decision().account(account).market(market);
    }

    private OrderRef order() {
        return OrderRef.of(Ids.unique("ord"));
    }

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void roundTripsEveryField() {
        String json = " {\"prints\":[{\"id\":\"p1\",\"price\":0.61,\"size\":1.5e2}],\"note\":\"caf\u00e9 \\u00e9 \u2603\","
                + "\"model\":{\"p\":0.72,\"raw\":null,\"ok\":true}}\n";
        Decision d = mine().at(Instants.at("2026-03-01T12:00:00.000001Z")).confidence("0.12345678")
                .reasoning("p=0.72 > c=0.61 \u2014 \"edge\"\nsecond line").source(json)
                .trigger(TriggerRef.of(market, Price.of("0.6"))).build();

        assertThat(decisions.insertIfAbsent(d)).isTrue();

        Decision stored = decisions.find(account, d.decisionId()).orElseThrow();
        assertThat(stored).isEqualTo(d);
        assertThat(stored.sourceData().json()).isEqualTo(json);
    }

    @Test
    void aHoldWithoutTokenOrTriggerRoundTrips() {
        Decision hold = mine().hold().token(null).confidence("1").reasoning("").build();
        assertThat(decisions.insertIfAbsent(hold)).isTrue();
        assertThat(decisions.find(account, hold.decisionId())).contains(hold);
        assertThat(hold.action()).isEqualTo(DecisionAction.HOLD);
    }

    @Test
    void recordingTheSameDecisionAgainChangesNothing() {
        Decision d = mine().build();
        assertThat(decisions.insertIfAbsent(d)).isTrue();
        assertThat(decisions.insertIfAbsent(d)).isFalse();
        assertThat(decisions.find(DecisionQuery.window(account, FROM, TO, 10))).containsExactly(d);
    }

    @Test
    void anotherDecisionUnderATakenIdIsRefusedAndTheFirstStays() {
        Decision d = mine().build();
        decisions.insertIfAbsent(d);
        Decision other = mine().id(d.decisionId().value()).reasoning("something else").build();

        assertThatThrownBy(() -> decisions.insertIfAbsent(other)).isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining(d.decisionId().value());
        assertThat(decisions.find(account, d.decisionId())).contains(d);
    }

    @Test
    void aRetryAfterOrdersWereLinkedIsStillTheSameDecision() {
        Decision d = mine().build();
        decisions.insertIfAbsent(d);
        decisions.linkOrder(account, d.decisionId(), order());
        assertThat(decisions.insertIfAbsent(d)).isFalse();
    }

    @Test
    void racingRecordsOfOneDecisionStoreItOnce() {
        Decision d = mine().build();
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> decisions.insertIfAbsent(d));
        assertThat(results).containsOnlyOnce(true);
        assertThat(decisions.find(DecisionQuery.window(account, FROM, TO, 10))).containsExactly(d);
    }

    @Test
    void ordersAreLinkedOnceEachInTheOrderLinked() {
        Decision d = mine().build();
        decisions.insertIfAbsent(d);
        OrderRef first = OrderRef.of(Ids.unique("z-ord"));
        OrderRef second = OrderRef.of(Ids.unique("a-ord"));

        assertThat(decisions.linkOrder(account, d.decisionId(), first)).isTrue();
        assertThat(decisions.linkOrder(account, d.decisionId(), second)).isTrue();
        assertThat(decisions.linkOrder(account, d.decisionId(), first)).isFalse();

        assertThat(decisions.find(account, d.decisionId()).orElseThrow().orders()).containsExactly(first, second);
        assertThat(decisions.findByOrder(account, first)).contains(d.withOrder(first).withOrder(second));
        assertThat(decisions.findByOrder(account, second).map(Decision::decisionId)).contains(d.decisionId());
    }

    @Test
    void aDecisionRecordedWithOrdersKeepsThem() {
        OrderRef o = order();
        Decision d = mine().build().withOrder(o);
        decisions.insertIfAbsent(d);
        assertThat(decisions.find(account, d.decisionId())).contains(d);
        assertThat(decisions.findByOrder(account, o)).contains(d);
    }

    @Test
    void anOrderComesFromOneDecisionOnly() {
        Decision a = mine().build();
        Decision b = mine().build();
        decisions.insertIfAbsent(a);
        decisions.insertIfAbsent(b);
        OrderRef o = order();
        decisions.linkOrder(account, a.decisionId(), o);

        assertThatThrownBy(() -> decisions.linkOrder(account, b.decisionId(), o))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining(o.clientOrderId());
        assertThat(decisions.find(account, b.decisionId()).orElseThrow().orders()).isEmpty();
        assertThat(decisions.findByOrder(account, o).map(Decision::decisionId)).contains(a.decisionId());
    }

    @Test
    void linkingToAMissingDecisionOrAHoldIsRefused() {
        ClientDecisionId missing = ClientDecisionId.of(Ids.unique("dec"));
        assertThatThrownBy(() -> decisions.linkOrder(account, missing, order()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("decisionId");
        Decision hold = mine().hold().build();
        decisions.insertIfAbsent(hold);
        OrderRef o = order();
        assertThatThrownBy(() -> decisions.linkOrder(account, hold.decisionId(), o))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("HOLD");
        assertThat(decisions.findByOrder(account, o)).isEmpty();
    }

    @Test
    void aPageIsNewestFirstWithTiesByIdDescendingAndContinuesAfterItsLast() {
        String base = Ids.unique("d");
        List<Decision> expected = new ArrayList<>();
        // 3 at T0+10 s (ids c, b, a in page order), then 2 at T0+5 s, then 1 at T0
        for (String[] spec : new String[][] {{"10", "c"}, {"10", "b"}, {"10", "a"}, {"5", "z"}, {"5", "y"}, {"0", "x"}}) {
            expected.add(mine().id(base + spec[1]).at(Instants.T0.plusSeconds(Long.parseLong(spec[0]))).build());
        }
        List<Decision> insertOrder = new ArrayList<>(expected);
        java.util.Collections.reverse(insertOrder);
        for (Decision d : insertOrder) {
            decisions.insertIfAbsent(d);
        }

        DecisionQuery query = DecisionQuery.window(account, FROM, TO, 4);
        List<Decision> first = decisions.find(query);
        assertThat(first).containsExactlyElementsOf(expected.subList(0, 4));
        List<Decision> second = decisions.find(query.after(first.get(3).cursor()));
        assertThat(second).containsExactlyElementsOf(expected.subList(4, 6));
        assertThat(decisions.find(query.after(second.get(1).cursor()))).isEmpty();
    }

    @Test
    void theWindowIsFromInclusiveToExclusive() {
        Decision atStart = mine().at(Instants.T0).build();
        Decision atEnd = mine().at(Instants.T0.plusSeconds(60)).build();
        Decision inside = mine().at(Instants.T0.plusSeconds(59)).build();
        for (Decision d : List.of(atStart, atEnd, inside)) {
            decisions.insertIfAbsent(d);
        }
        assertThat(decisions.find(DecisionQuery.window(account, Instants.T0, Instants.T0.plusSeconds(60), 10)))
                .containsExactly(inside, atStart);
        assertThat(decisions.find(DecisionQuery.window(account, Instant.MIN, Instant.MAX, 10)))
                .containsExactly(atEnd, inside, atStart);
    }

    @Test
    void byMarketListsOnlyThatMarket() {
        ConditionId otherMarket = Ids.condition();
        Decision here = mine().at(Instants.T0).build();
        Decision there = mine().market(otherMarket).at(Instants.T0.plusSeconds(1)).build();
        Decision hereLater = mine().hold().at(Instants.T0.plusSeconds(2)).build();
        for (Decision d : List.of(here, there, hereLater)) {
            decisions.insertIfAbsent(d);
        }
        DecisionQuery all = DecisionQuery.window(account, FROM, TO, 10);
        assertThat(decisions.find(all.inMarket(market))).containsExactly(hereLater, here);
        assertThat(decisions.find(all.inMarket(otherMarket))).containsExactly(there);
        assertThat(decisions.find(all)).containsExactly(hereLater, there, here);
    }

    @Test
    void everyReadIsScopedToItsAccount() {
        AccountId other = Ids.account();
        Decision mineDecision = mine().build();
        Decision theirs = Decisions.decision().account(other).market(market).id(mineDecision.decisionId().value())
                .reasoning("theirs").build();
        OrderRef o = order();
        assertThat(decisions.insertIfAbsent(mineDecision)).isTrue();
        assertThat(decisions.insertIfAbsent(theirs)).as("the same id in another account").isTrue();
        decisions.linkOrder(account, mineDecision.decisionId(), o);

        assertThat(decisions.find(other, theirs.decisionId())).contains(theirs);
        assertThat(decisions.findByOrder(other, o)).isEmpty();
        assertThat(decisions.find(DecisionQuery.window(other, FROM, TO, 10))).containsExactly(theirs);
        assertThat(decisions.find(DecisionQuery.window(Ids.account(), FROM, TO, 10))).isEmpty();
        assertThatThrownBy(() -> decisions.linkOrder(Ids.account(), mineDecision.decisionId(), order()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aFailedUnitOfWorkLeavesNoDecisionAndNoLink() {
        Decision kept = mine().build();
        decisions.insertIfAbsent(kept);
        Decision d = mine().build();
        OrderRef o = order();
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            decisions.insertIfAbsent(d);
            decisions.linkOrder(account, d.decisionId(), o);
            decisions.linkOrder(account, kept.decisionId(), order());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(decisions.find(account, d.decisionId())).isEmpty();
        assertThat(decisions.findByOrder(account, o)).isEmpty();
        assertThat(decisions.find(account, kept.decisionId())).contains(kept);
        assertThat(decisions.find(DecisionQuery.window(account, FROM, TO, 10))).containsExactly(kept);
    }

    @Test
    void aQueryFindsNothingBeforeAnyDecision() {
        assertThat(decisions.find(DecisionQuery.window(account, FROM, TO, 10))).isEmpty();
        assertThat(decisions.find(account, ClientDecisionId.of(Ids.unique("dec")))).isEqualTo(Optional.empty());
    }
}
