package io.tradekit.adapters.postgres.watermark;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresWatermarkRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final Instant T = Instant.parse("2024-07-01T00:00:00.000100Z");
    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());
    private final ConsumerId consumer = ConsumerId.of("tape-processor");

    private WatermarkRepository watermarks() {
        return db.store().watermarks();
    }

    private WatermarkPosition stored(String key) {
        return watermarks().find(account, consumer, key).orElseThrow().position();
    }

    @Test
    void createsThenMovesOnlyForward() {
        assertThat(watermarks().find(account, consumer, "k")).isEmpty();

        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T, "m"))).isTrue();
        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T, "m"))).as("same").isFalse();
        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T.minusNanos(1000), "z")))
                .as("earlier time, larger id").isFalse();
        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T, "l"))).as("same time, smaller id")
                .isFalse();
        assertThat(stored("k")).isEqualTo(WatermarkPosition.of(T, "m"));

        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T, "n"))).as("same time, larger id")
                .isTrue();
        assertThat(watermarks().advance(account, consumer, "k", WatermarkPosition.of(T.plusNanos(1000), "a"))).isTrue();
        assertThat(stored("k")).isEqualTo(WatermarkPosition.of(T.plusNanos(1000), "a"));
    }

    @Test
    void idsCompareByteWiseAsJavaDoes() {
        watermarks().advance(account, consumer, "bytes", WatermarkPosition.of(T, "a"));

        // 'B' < 'a' in byte order (String.compareTo); a locale collation would say otherwise
        assertThat(watermarks().advance(account, consumer, "bytes", WatermarkPosition.of(T, "B"))).isFalse();
        assertThat(watermarks().advance(account, consumer, "bytes", WatermarkPosition.of(T, "a-"))).isTrue();
        assertThat(watermarks().advance(account, consumer, "bytes", WatermarkPosition.of(T, "a_"))).isTrue();
        assertThat(stored("bytes").id()).isEqualTo("a_");
    }

    @Test
    void keyedByAccountConsumerAndStream() {
        watermarks().advance(account, consumer, "s1", WatermarkPosition.of(T, "x"));

        assertThat(watermarks().find(account, consumer, "s2")).isEmpty();
        assertThat(watermarks().find(account, ConsumerId.of("other"), "s1")).isEmpty();
        assertThat(watermarks().find(AccountId.of("other-" + UUID.randomUUID()), consumer, "s1")).isEmpty();
        assertThat(watermarks().advance(account, ConsumerId.of("other"), "s1", WatermarkPosition.of(T.minusSeconds(1), "a")))
                .isTrue();
    }

    @Test
    void eightRacingWritersEndAtTheMaximum() throws Exception {
        List<WatermarkPosition> candidates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidates.add(WatermarkPosition.of(T.plusNanos(1000L * (i / 3)), "id-" + i));
        }
        Collections.shuffle(candidates);
        for (int round = 0; round < 5; round++) {
            String key = "race-" + round;
            List<Boolean> moved = Race.run(8, i -> watermarks().advance(account, consumer, key, candidates.get(i)));

            assertThat(stored(key)).isEqualTo(Collections.max(candidates));
            assertThat(moved).contains(true);
        }
    }
}
