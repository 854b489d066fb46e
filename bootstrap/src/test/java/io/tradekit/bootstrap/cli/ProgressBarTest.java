package io.tradekit.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final AtomicLong nanos = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(new PrintWriter(bytes, true, StandardCharsets.UTF_8), nanos::get,
            "prints");

    @Test
    void showsCountRateAndTimeLeft() {
        bar.started(12_000);

        // 3,000 prints in 2 s: 1,500/s, and 9,000 left take 6 s
        assertThat(bar.line(3_000, 2_000_000_000L))
                .isEqualTo("[########----------------------]  25%  3,000/12,000 prints  1,500/s  ETA 0:06");
    }

    @Test
    void anUnknownTotalShowsCountAndRateOnly() {
        bar.started(-1);

        assertThat(bar.line(0, 0)).isEqualTo("0 prints  -/s");
        assertThat(bar.line(3_000, 2_000_000_000L)).isEqualTo("3,000 prints  1,500/s");
    }

    @Test
    void longEtasShowHours() {
        bar.started(10_000_000);

        // 1,000 prints in 1 s: 9,999,000 left take 9,999 s = 2:46:39
        assertThat(bar.line(1_000, 1_000_000_000L)).endsWith("1,000/s  ETA 2:46:39");
    }

    @Test
    void beforeAnyProgressThereIsNoRateYet() {
        bar.started(50);

        assertThat(bar.line(0, 0)).isEqualTo("[------------------------------]   0%  0/50 prints  -/s  ETA --:--");
    }

    @Test
    void redrawsAtMostTenTimesASecondAndErasesItselfAtTheEnd() {
        bar.started(100);
        nanos.set(10_000_000); // 10 ms later: too soon to redraw
        bar.advanced(1);
        String afterTooSoon = output();
        nanos.set(150_000_000);
        bar.advanced(2);
        String afterRedraw = output();
        bar.finished();

        assertThat(afterTooSoon).doesNotContain("1/100");
        assertThat(afterRedraw).contains("2/100 prints");
        String end = output().substring(afterRedraw.length());
        assertThat(end).startsWith("\r").endsWith("\r").isBlank();
    }

    @Test
    void theLastItemIsAlwaysDrawn() {
        bar.started(3);
        bar.advanced(3);

        assertThat(output()).contains("[##############################] 100%  3/3 prints");
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
