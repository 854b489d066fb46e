package io.tradekit.application.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.TestIds;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.ConflictingPrintsException;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.PrintConflict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ingesting prints into a real store, idempotent by venue trade id. Runs unchanged on any adapter: a subclass
 * returns its store from {@link #store()}. Every test works with ids of its own, so the store need not be empty.
 */
public abstract class IngestPrintsContract {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract StoreUnderTest store();

    private final TestIds ids = new TestIds();
    private StoreUnderTest store;
    private IngestPrints ingest;
    private final ConditionId market = ids.condition("m");
    private final TokenId yes = ids.token("yes");

    @BeforeEach
    void takeTheStore() {
        store = store();
        ingest = new IngestPrints(store.marketTrades(), store.unitOfWork());
    }

    private MarketTrade print(String id, String price, int second) {
        return ids.print(id, market, yes, price, T.plusSeconds(second));
    }

    @Test
    void countsTheNewPrintsAndStoresThem() {
        int fresh = ingest.ingest(IngestPrintsCommand.of(List.of(print("p1", "0.40", 1), print("p2", "0.41", 2))))
                .inserted();

        assertThat(fresh).isEqualTo(2);
        assertThat(store.marketTrades().findAfter(market, Optional.empty(), 10))
                .containsExactly(print("p1", "0.40", 1), print("p2", "0.41", 2));
    }

    @Test
    void theSameBatchAgainAddsNothing() {
        List<MarketTrade> batch = List.of(print("p1", "0.40", 1), print("p2", "0.41", 2));
        ingest.ingest(IngestPrintsCommand.of(batch));

        assertThat(ingest.ingest(IngestPrintsCommand.of(batch))).isEqualTo(IngestResult.NOTHING);
        assertThat(store.marketTrades().findAfter(market, Optional.empty(), 10)).hasSize(2);
    }

    @Test
    void anOverlappingBatchCountsOnlyWhatIsNew() {
        ingest.ingest(IngestPrintsCommand.of(List.of(print("p1", "0.40", 1))));

        IngestResult result = ingest.ingest(IngestPrintsCommand.of(
                List.of(print("p1", "0.40", 1), print("p2", "0.41", 2), print("p2", "0.41", 2))));

        assertThat(result).as("p2 once; p1 was there").isEqualTo(new IngestResult(1, List.of()));
    }

    /** Issue 9 case 4: a stored print offered again with other content passed silently. */
    @Test
    void aPrintStoredWithOtherContentRefusesTheWholeBatchByDefault() {
        ingest.ingest(IngestPrintsCommand.of(List.of(print("p1", "0.96", 1))));

        assertThatThrownBy(() -> ingest.ingest(IngestPrintsCommand.of(
                List.of(print("p2", "0.41", 2), print("p1", "0.50", 1)))))
                .isInstanceOfSatisfying(ConflictingPrintsException.class, e -> {
                    assertThat(e.conflicts()).containsExactly(
                            new PrintConflict(print("p1", "0.96", 1), print("p1", "0.50", 1)));
                    assertThat(e.getMessage()).contains(ids.print("p1").value()).contains("price stored 0.96, new 0.5");
                });
        assertThat(store.marketTrades().findById(ids.print("p2"))).as("nothing written").isEmpty();
        assertThat(store.marketTrades().findById(ids.print("p1"))).contains(print("p1", "0.96", 1));
    }

    @Test
    void keepingTheStoredPrintWritesTheRestAndReportsTheConflicts() {
        ingest.ingest(IngestPrintsCommand.of(List.of(print("p1", "0.96", 1))));

        IngestResult result = ingest.ingest(IngestPrintsCommand.of(
                List.of(print("p2", "0.41", 2), print("p1", "0.50", 1), print("p2", "0.42", 2)))
                .withConflictPolicy(ConflictPolicy.KEEP_STORED));

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.conflicts()).containsExactly(
                new PrintConflict(print("p1", "0.96", 1), print("p1", "0.50", 1)),
                new PrintConflict(print("p2", "0.41", 2), print("p2", "0.42", 2)));
        assertThat(store.marketTrades().findById(ids.print("p1"))).contains(print("p1", "0.96", 1));
        assertThat(store.marketTrades().findById(ids.print("p2"))).contains(print("p2", "0.41", 2));
    }

    @Test
    void anEmptyBatchIsNothingNew() {
        assertThat(ingest.ingest(IngestPrintsCommand.of(List.of())).inserted()).isZero();
    }

    @Test
    void aMissingBatchOrPrintIsRejectedNamingTheField() {
        assertThatThrownBy(() -> IngestPrintsCommand.of(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prints"));
        List<MarketTrade> withNull = new ArrayList<>(Arrays.asList(print("p1", "0.40", 1), null));
        assertThatThrownBy(() -> IngestPrintsCommand.of(withNull))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("prints"))
                .hasMessageContaining("element 1");
        assertThat(store.marketTrades().findById(ids.print("p1"))).isEmpty();
    }
}
