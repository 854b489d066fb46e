package io.tradekit.adapters.inmemory.watermark;

import io.tradekit.adapters.inmemory.InMemoryUnitOfWork;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Watermarks keyed by (account, consumer, stream); an advance is one atomic compare-and-move. */
public final class InMemoryWatermarkRepository implements WatermarkRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final ConcurrentHashMap<Key, WatermarkPosition> positions = new ConcurrentHashMap<>();

    public InMemoryWatermarkRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = Require.nonNull(unitOfWork, "unitOfWork");
    }

    private record Key(AccountId accountId, ConsumerId consumerId, String streamKey) {
    }

    @Override
    public Optional<Watermark> find(AccountId accountId, ConsumerId consumerId, String streamKey) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        Require.id(streamKey, "streamKey");
        WatermarkPosition position = positions.get(new Key(accountId, consumerId, streamKey));
        return position == null ? Optional.empty()
                : Optional.of(new Watermark(accountId, consumerId, streamKey, position));
    }

    @Override
    public boolean advance(AccountId accountId, ConsumerId consumerId, String streamKey, WatermarkPosition position) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(consumerId, "consumerId");
        Require.id(streamKey, "streamKey");
        Require.nonNull(position, "position");
        Key key = new Key(accountId, consumerId, streamKey);
        return unitOfWork.write(() -> {
            WatermarkPosition[] before = new WatermarkPosition[1];
            boolean[] moved = new boolean[1];
            positions.compute(key, (k, stored) -> {
                before[0] = stored;
                moved[0] = stored == null || position.isAfter(stored);
                return moved[0] ? position : stored;
            });
            if (moved[0]) {
                WatermarkPosition previous = before[0];
                unitOfWork.onRollback(() -> {
                    if (previous == null) {
                        positions.remove(key);
                    } else {
                        positions.put(key, previous);
                    }
                });
            }
            return moved[0];
        });
    }

    /**
     * The earliest position any consumer of any account holds on {@code streamKey}; empty when none holds one.
     * Tape retention keeps every print after it.
     */
    public Optional<WatermarkPosition> earliestOn(String streamKey) {
        Require.id(streamKey, "streamKey");
        WatermarkPosition earliest = null;
        for (var e : positions.entrySet()) {
            if (e.getKey().streamKey().equals(streamKey) && (earliest == null || earliest.isAfter(e.getValue()))) {
                earliest = e.getValue();
            }
        }
        return Optional.ofNullable(earliest);
    }
}
