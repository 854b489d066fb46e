package io.tradekit.domain.watermark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WatermarkTest {
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final ConsumerId CONSUMER = ConsumerId.of("threshold-0.95");
    static final String MARKET = "0xcond";
    static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    static Watermark at(Instant timestamp, String id) {
        return new Watermark(ACCOUNT, CONSUMER, MARKET, WatermarkPosition.of(timestamp, id));
    }

    @Test
    void advancesToALaterPositionAndSaysSo() {
        Watermark w = at(T, "t-1");
        WatermarkPosition later = WatermarkPosition.of(T.plusSeconds(1), "t-0");

        Optional<Watermark> moved = w.advanceTo(later);

        assertThat(moved).contains(new Watermark(ACCOUNT, CONSUMER, MARKET, later));
        // a new value: the old one is unchanged
        assertThat(w.position()).isEqualTo(WatermarkPosition.of(T, "t-1"));
    }

    @Test
    void advancesWithinOneTimestampById() {
        // (T, t-1) -> (T, t-2): same timestamp, later id, so the print t-2 is neither skipped nor repeated
        Watermark w = at(T, "t-1");

        assertThat(w.advanceTo(WatermarkPosition.of(T, "t-2"))).map(Watermark::position)
                .contains(WatermarkPosition.of(T, "t-2"));
    }

    @Test
    void neverMovesBackOrSideways() {
        Watermark w = at(T, "t-5");

        // equal: nothing to do
        assertThat(w.advanceTo(WatermarkPosition.of(T, "t-5"))).isEmpty();
        // same timestamp, earlier id
        assertThat(w.advanceTo(WatermarkPosition.of(T, "t-4"))).isEmpty();
        // earlier timestamp, later id: still earlier
        assertThat(w.advanceTo(WatermarkPosition.of(T.minusNanos(1000), "t-9"))).isEmpty();
        // a nanosecond later is the same microsecond: not after
        assertThat(w.advanceTo(WatermarkPosition.of(T.plusNanos(999), "t-5"))).isEmpty();
    }

    @Test
    void saysWhichItemsAreStillToBeProcessed() {
        Watermark w = at(T, "t-5");

        assertThat(w.isBefore(WatermarkPosition.of(T, "t-6"))).isTrue();
        assertThat(w.isBefore(WatermarkPosition.of(T.plusSeconds(1), "t-0"))).isTrue();
        // the item at the watermark was processed already
        assertThat(w.isBefore(WatermarkPosition.of(T, "t-5"))).isFalse();
        assertThat(w.isBefore(WatermarkPosition.of(T, "t-4"))).isFalse();
    }

    @Test
    void rejectsMissingParts() {
        WatermarkPosition p = WatermarkPosition.of(T, "t-1");

        assertThatThrownBy(() -> new Watermark(null, CONSUMER, MARKET, p))
                .isInstanceOf(InvalidValueException.class).hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> new Watermark(ACCOUNT, null, MARKET, p)).hasMessage("consumerId: must not be null");
        assertThatThrownBy(() -> new Watermark(ACCOUNT, CONSUMER, null, p)).hasMessage("streamKey: must not be null");
        assertThatThrownBy(() -> new Watermark(ACCOUNT, CONSUMER, " ", p))
                .hasMessageStartingWith("streamKey: must be printable ASCII");
        assertThatThrownBy(() -> new Watermark(ACCOUNT, CONSUMER, MARKET, null))
                .hasMessage("position: must not be null");
        assertThatThrownBy(() -> at(T, "t-1").advanceTo(null)).hasMessage("candidate: must not be null");
        assertThatThrownBy(() -> at(T, "t-1").isBefore(null)).hasMessage("item: must not be null");
    }
}
