package io.tradekit.adapters.inmemory.tape;

import io.tradekit.adapters.inmemory.SharedInMemoryStore;
import io.tradekit.domain.contract.MarketTradeRepositoryContract;
import io.tradekit.domain.contract.StorePorts;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The MarketTradeRepositoryContract suite on the port's default {@code streamWindow} (pages of {@code findAfter},
 * merged): what an adapter written before the method gets. The in-memory tape behind a decorator that overrides
 * only what every adapter had to implement.
 */
class DefaultStreamWindowTest extends MarketTradeRepositoryContract {
    @Override
    protected StoreUnderTest store() {
        StoreUnderTest shared = SharedInMemoryStore.get();
        MarketTradeRepository real = shared.marketTrades();
        MarketTradeRepository withoutOverride = new MarketTradeRepository() {
            @Override
            public boolean insertIfAbsent(MarketTrade trade) {
                return real.insertIfAbsent(trade);
            }

            @Override
            public IngestResult ingest(Collection<MarketTrade> trades) {
                return real.ingest(trades);
            }

            @Override
            public Optional<MarketTrade> findById(MarketTradeId tradeId) {
                return real.findById(tradeId);
            }

            @Override
            public List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit) {
                return real.findAfter(conditionId, after, limit);
            }

            @Override
            public List<ConditionId> findConditionsTradedSince(Instant since) {
                return real.findConditionsTradedSince(since);
            }
        };
        return new StorePorts(withoutOverride, shared.trades(), shared.positions(), shared.triggers(),
                shared.watermarks(), shared.tradingStates(), shared.ledgers(), shared.riskSnapshots(), shared.orders(),
                shared.unitOfWork());
    }
}
