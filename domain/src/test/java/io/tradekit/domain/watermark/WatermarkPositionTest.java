package io.tradekit.domain.watermark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkPositionTest {
    static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    static WatermarkPosition at(Instant timestamp, String id) {
        return WatermarkPosition.of(timestamp, id);
    }

    @Test
    void ordersByTimestampFirst() {
        // an earlier print comes first even when its id sorts later
        WatermarkPosition earlier = at(T, "zzz");
        WatermarkPosition later = at(T.plusNanos(1000), "aaa");

        assertThat(earlier).isLessThan(later);
        assertThat(later.isAfter(earlier)).isTrue();
        assertThat(earlier.isAfter(later)).isFalse();
    }

    @Test
    void theSameTimestampIsOrderedById() {
        // three prints in one microsecond: (T, a) < (T, b) < (T, c)
        WatermarkPosition a = at(T, "a");
        WatermarkPosition b = at(T, "b");
        WatermarkPosition c = at(T, "c");

        assertThat(b.isAfter(a)).isTrue();
        assertThat(c.isAfter(b)).isTrue();
        assertThat(a.isAfter(b)).isFalse();
        List<WatermarkPosition> shuffled = new ArrayList<>(List.of(c, a, b));
        shuffled.sort(null);
        assertThat(shuffled).containsExactly(a, b, c);
    }

    @Test
    void idsCompareByteWiseNotNumerically() {
        // String.compareTo = byte order = PostgreSQL COLLATE "C": uppercase before lowercase, "10" before "9"
        assertThat(at(T, "10")).isLessThan(at(T, "9"));
        assertThat(at(T, "Z")).isLessThan(at(T, "a"));
        assertThat(at(T, "a")).isLessThan(at(T, "a-"));
        assertThat(at(T, "0x1F")).isLessThan(at(T, "0x1f"));
    }

    @Test
    void equalPairsAreNeitherAfterTheOther() {
        WatermarkPosition p = at(T, "t-1");
        WatermarkPosition same = at(T, "t-1");

        assertThat(p).isEqualTo(same).isEqualByComparingTo(same);
        assertThat(p.isAfter(same)).isFalse();
        assertThat(same.isAfter(p)).isFalse();
    }

    @Test
    void timestampsAreTruncatedToTheMicrosecond() {
        // 12:00:00.000001999 and 12:00:00.000001 are one point: the store could not tell them apart
        WatermarkPosition nanos = at(Instant.parse("2026-03-01T12:00:00.000001999Z"), "t-1");

        assertThat(nanos.timestamp()).isEqualTo(Instant.parse("2026-03-01T12:00:00.000001Z"));
        assertThat(nanos).isEqualTo(at(Instant.parse("2026-03-01T12:00:00.000001Z"), "t-1"));
        assertThat(at(Instant.parse("2026-03-01T12:00:00.000002Z"), "t-1").isAfter(nanos)).isTrue();
    }

    @Test
    void rejectsMissingOrMalformedParts() {
        assertThatThrownBy(() -> at(null, "t-1"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("timestamp: must not be null");
        assertThatThrownBy(() -> at(T, null)).hasMessage("id: must not be null");
        assertThatThrownBy(() -> at(T, "")).hasMessage("id: must not be blank");
        assertThatThrownBy(() -> at(T, "t 1")).hasMessageStartingWith("id: must be printable ASCII without spaces");
        assertThatThrownBy(() -> at(T, "t\u00e9")).hasMessageStartingWith("id: must be printable ASCII");
    }
}
