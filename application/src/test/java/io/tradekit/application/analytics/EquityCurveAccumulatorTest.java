package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-pass curve, drawdown and daily equity, fed by hand; every figure worked out in the comments. */
class EquityCurveAccumulatorTest {
    private static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAR_3 = Instant.parse("2026-03-03T00:00:00Z");
    private static final Instant MAR_4 = Instant.parse("2026-03-04T00:00:00Z");
    private static final Instant MAR_5 = Instant.parse("2026-03-05T00:00:00Z");

    private static Money m(String amount) {
        return Money.of(amount);
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    private static EquityCurveAccumulator accumulator(String capital, Instant from, Instant to, ZoneId zone) {
        return new EquityCurveAccumulator(m(capital), from, to, zone, 100, 10_000, null);
    }

    @Test
    void emptyWindowIsFlatAtTheStartingCapital() {
        EquityCurve curve = accumulator("1000", MAR_1, MAR_4, ZoneOffset.UTC).finish();

        // only the opening point (window start, 1000)
        assertThat(curve.points()).containsExactly(new EquityPoint(MAR_1, m("1000"), m("1000")));
        assertThat(curve.totalPoints()).isEqualTo(1);
        assertThat(curve.closes()).isZero();
        assertThat(curve.endingEquity()).isEqualTo(m("1000"));
        assertThat(curve.netProfit()).isEqualTo(Money.ZERO);
        assertThat(curve.maxDrawdown()).isNull();
        assertThat(curve.maxDrawdownFraction()).isNull();
        // [Mar 1, Mar 4) = Mar 1, 2, 3: each 1000, each return 0 / 1000 = 0
        assertThat(curve.dailyEquity()).extracting(DailyEquity::day).containsExactly(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(curve.dailyEquity()).extracting(DailyEquity::equity).containsOnly(m("1000"));
        assertThat(curve.dailyEquity()).extracting(DailyEquity::dailyReturn)
                .allSatisfy(r -> assertThat(r).isEqualByComparingTo("0"));
    }

    @Test
    void stepsAtEachCloseTimeAndRepeatsEquityOnADayWithoutClose() {
        EquityCurveAccumulator acc = accumulator("1000", MAR_1, MAR_5, ZoneOffset.UTC);
        acc.add(t("2026-03-01T10:00:00Z"), m("50"));    // 1000 + 50 = 1050
        acc.add(t("2026-03-01T15:00:00Z"), m("-30"));   // same instant as the next: one step
        acc.add(t("2026-03-01T15:00:00Z"), m("10"));    // 1050 - 30 + 10 = 1030
        // Mar 2: no close
        acc.add(t("2026-03-03T09:00:00Z"), m("-80"));   // 1030 - 80 = 950
        acc.add(t("2026-03-04T12:00:00Z"), m("150"));   // 950 + 150 = 1100
        EquityCurve curve = acc.finish();

        // the 15:00 pair makes one point at 1030: 1020 was never an equity anyone could observe
        assertThat(curve.points()).containsExactly(
                new EquityPoint(MAR_1, m("1000"), m("1000")),
                new EquityPoint(t("2026-03-01T10:00:00Z"), m("1050"), m("1050")),
                new EquityPoint(t("2026-03-01T15:00:00Z"), m("1030"), m("1050")),
                new EquityPoint(t("2026-03-03T09:00:00Z"), m("950"), m("1050")),
                new EquityPoint(t("2026-03-04T12:00:00Z"), m("1100"), m("1100")));
        assertThat(curve.closes()).isEqualTo(5);
        assertThat(curve.netProfit()).isEqualTo(m("100"));
        assertThat(curve.endingEquity()).isEqualTo(m("1100"));

        List<DailyEquity> daily = curve.dailyEquity();
        assertThat(daily).extracting(DailyEquity::equity).containsExactly(m("1030"), m("1030"), m("950"), m("1100"));
        // Mar 1: 1030 / 1000 - 1 = 0.03
        assertThat(daily.get(0).dailyReturn()).isEqualByComparingTo("0.03");
        // Mar 2 repeats 1030: 0
        assertThat(daily.get(1).dailyReturn()).isEqualByComparingTo("0");
        // Mar 3: (950 - 1030) / 1030 = -80 / 1030 = -0.07766990291262136 (16 digits)
        assertThat(daily.get(2).dailyReturn()).isEqualTo(new BigDecimal("-0.07766990291262136"));
        // Mar 4: 150 / 950 = 0.1578947368421053
        assertThat(daily.get(3).dailyReturn()).isEqualTo(new BigDecimal("0.1578947368421053"));

        // drawdown: peak 1050 (10:00 Mar 1) -> trough 950 (09:00 Mar 3) = 100; 100 / 1050 = 0.09523809523809524
        Drawdown dd = curve.maxDrawdown();
        assertThat(dd.peakAt()).isEqualTo(t("2026-03-01T10:00:00Z"));
        assertThat(dd.peakEquity()).isEqualTo(m("1050"));
        assertThat(dd.troughAt()).isEqualTo(t("2026-03-03T09:00:00Z"));
        assertThat(dd.troughEquity()).isEqualTo(m("950"));
        assertThat(dd.amount()).isEqualTo(m("100"));
        assertThat(dd.fraction()).isEqualTo(new BigDecimal("0.09523809523809524"));
        assertThat(curve.maxDrawdownFraction()).isEqualTo(dd);
    }

    @Test
    void largestFallInMoneyAndInPercentCanBeDifferentEpisodes() {
        EquityCurveAccumulator acc = accumulator("100", MAR_1, MAR_5, ZoneOffset.UTC);
        acc.add(t("2026-03-01T01:00:00Z"), m("100"));   // 200
        acc.add(t("2026-03-01T02:00:00Z"), m("-50"));   // 150: fall 50 from 200 = 25 %
        acc.add(t("2026-03-02T01:00:00Z"), m("800"));   // 950
        acc.add(t("2026-03-02T02:00:00Z"), m("-100"));  // 850: fall 100 from 950 = 10.52631578947368 %
        EquityCurve curve = acc.finish();

        // by money: 950 - 850 = 100 > 50
        assertThat(curve.maxDrawdown()).isEqualTo(new Drawdown(
                t("2026-03-02T01:00:00Z"), m("950"), t("2026-03-02T02:00:00Z"), m("850")));
        assertThat(curve.maxDrawdown().fraction()).isEqualTo(new BigDecimal("0.1052631578947368"));
        // by percent: 1 - 150 / 200 = 0.25 > 0.105
        assertThat(curve.maxDrawdownFraction()).isEqualTo(new Drawdown(
                t("2026-03-01T01:00:00Z"), m("200"), t("2026-03-01T02:00:00Z"), m("150")));
        assertThat(curve.maxDrawdownFraction().fraction()).isEqualByComparingTo("0.25");
    }

    @Test
    void peakTimeIsTheLastTimeEquityStoodAtThePeak() {
        EquityCurveAccumulator acc = accumulator("1000", MAR_1, MAR_5, ZoneOffset.UTC);
        acc.add(t("2026-03-01T01:00:00Z"), m("100"));   // 1100: peak
        acc.add(t("2026-03-01T02:00:00Z"), m("-50"));   // 1050: fall 50
        acc.add(t("2026-03-02T01:00:00Z"), m("50"));    // 1100: back at the peak
        acc.add(t("2026-03-03T01:00:00Z"), m("-200"));  // 900: fall 200 from the peak reached again on Mar 2
        EquityCurve curve = acc.finish();

        // 1100 - 900 = 200; 200 / 1100 = 0.1818181818181818
        assertThat(curve.maxDrawdown()).isEqualTo(new Drawdown(
                t("2026-03-02T01:00:00Z"), m("1100"), t("2026-03-03T01:00:00Z"), m("900")));
        assertThat(curve.maxDrawdown().fraction()).isEqualTo(new BigDecimal("0.1818181818181818"));
    }

    @Test
    void aFallFromTheStartingCapitalPeaksAtTheWindowStart() {
        EquityCurveAccumulator acc = accumulator("1000", MAR_1, MAR_3, ZoneOffset.UTC);
        acc.add(t("2026-03-02T08:00:00Z"), m("-250"));   // 750
        EquityCurve curve = acc.finish();

        // 1000 - 750 = 250 = 25 %, from the opening point
        assertThat(curve.maxDrawdown()).isEqualTo(new Drawdown(MAR_1, m("1000"), t("2026-03-02T08:00:00Z"), m("750")));
        assertThat(curve.maxDrawdown().fraction()).isEqualByComparingTo("0.25");
    }

    @Test
    void aCloseLateInTheUtcDayLandsOnTheNextDayInTokyo() {
        Instant lateUtc = t("2026-03-01T23:30:00Z"); // = 2026-03-02 08:30 in Asia/Tokyo (UTC+9)

        EquityCurveAccumulator utc = accumulator("1000", MAR_1, MAR_3, ZoneOffset.UTC);
        utc.add(lateUtc, m("40"));
        // UTC days of [Mar 1 00:00Z, Mar 3 00:00Z): Mar 1 ends at 1040, Mar 2 repeats it
        assertThat(utc.finish().dailyEquity()).containsExactly(
                new DailyEquity(LocalDate.of(2026, 3, 1), m("1040"), new BigDecimal("0.04")),
                new DailyEquity(LocalDate.of(2026, 3, 2), m("1040"), BigDecimal.ZERO));

        EquityCurveAccumulator tokyo = accumulator("1000", MAR_1, MAR_3, ZoneId.of("Asia/Tokyo"));
        tokyo.add(lateUtc, m("40"));
        // the same window in Tokyo runs Mar 1 09:00 .. Mar 3 08:59:59.999999: days Mar 1, 2, 3;
        // the close falls on Mar 2: Mar 1 stays 1000, Mar 2 = 1040 (40 / 1000 = 0.04), Mar 3 repeats
        List<DailyEquity> daily = tokyo.finish().dailyEquity();
        assertThat(daily).extracting(DailyEquity::day).containsExactly(
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(daily).extracting(DailyEquity::equity).containsExactly(m("1000"), m("1040"), m("1040"));
        assertThat(daily.get(0).dailyReturn()).isEqualByComparingTo("0");
        assertThat(daily.get(1).dailyReturn()).isEqualByComparingTo("0.04");
        assertThat(daily.get(2).dailyReturn()).isEqualByComparingTo("0");
    }

    @Test
    void daysFollowTheZonesCalendarAcrossADaylightSavingChange() {
        // New York moves to EDT on 2026-03-08 (a 23-hour day)
        Instant from = t("2026-03-07T05:00:00Z"); // Mar 7 00:00 EST
        Instant to = t("2026-03-10T04:00:00Z");   // Mar 10 00:00 EDT
        EquityCurveAccumulator acc = accumulator("1000", from, to, ZoneId.of("America/New_York"));
        acc.add(t("2026-03-09T03:30:00Z"), m("10")); // Mar 8 23:30 EDT: still Mar 8
        List<DailyEquity> daily = acc.finish().dailyEquity();

        assertThat(daily).extracting(DailyEquity::day).containsExactly(
                LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9));
        assertThat(daily).extracting(DailyEquity::equity).containsExactly(m("1000"), m("1010"), m("1010"));
    }

    @Test
    void aWindowEndingAtMidnightDoesNotReportTheNextDay() {
        // [Mar 1 12:00, Mar 3 00:00): last instant Mar 2 23:59:59.999999 -> days Mar 1 and Mar 2
        EquityCurve curve = accumulator("1000", t("2026-03-01T12:00:00Z"), MAR_3, ZoneOffset.UTC).finish();
        assertThat(curve.dailyEquity()).extracting(DailyEquity::day)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
        // [Mar 1 00:00, Mar 1 00:00:00.000001): one day
        EquityCurve tiny = accumulator("1000", MAR_1, t("2026-03-01T00:00:00.000001Z"), ZoneOffset.UTC).finish();
        assertThat(tiny.dailyEquity()).hasSize(1);
    }

    @Test
    void equityBelowZeroLeavesTheNextReturnUndefined() {
        EquityCurveAccumulator acc = accumulator("100", MAR_1, MAR_4, ZoneOffset.UTC);
        acc.add(t("2026-03-01T10:00:00Z"), m("-150")); // -50
        acc.add(t("2026-03-02T10:00:00Z"), m("10"));   // -40
        EquityCurve curve = acc.finish();

        List<DailyEquity> daily = curve.dailyEquity();
        // Mar 1: -150 / 100 = -1.5; Mar 2 and 3: previous equity <= 0, no return is defined
        assertThat(daily.get(0).dailyReturn()).isEqualByComparingTo("-1.5");
        assertThat(daily.get(1).dailyReturn()).isNull();
        assertThat(daily.get(2).dailyReturn()).isNull();
        // drawdown 100 - (-50) = 150 = 1 - (-50 / 100) = 1.5 (150 %)
        assertThat(curve.maxDrawdown().amount()).isEqualTo(m("150"));
        assertThat(curve.maxDrawdownFraction().fraction()).isEqualByComparingTo("1.5");
    }

    @Test
    void longCurvesAreDownsampledKeepingTheExtremesWhileTheListenerSeesEveryPoint() {
        List<EquityPoint> everyPoint = new ArrayList<>();
        int closes = 1000;
        EquityCurveAccumulator acc = new EquityCurveAccumulator(m("1000"), MAR_1, MAR_5, ZoneOffset.UTC, closes, 16,
                everyPoint::add);
        Instant at = t("2026-03-01T00:00:01Z");
        for (int i = 1; i <= closes; i++) {
            // a saw-tooth with one deep dip at close 500 and one high at close 900
            String pnl = i == 500 ? "-300" : i == 501 ? "300" : i == 900 ? "400" : i == 901 ? "-400"
                    : i % 2 == 0 ? "1" : "-1";
            acc.add(at.plusSeconds(i), m(pnl));
        }
        EquityCurve curve = acc.finish();

        assertThat(everyPoint).hasSize(1001);
        assertThat(curve.totalPoints()).isEqualTo(1001);
        assertThat(curve.downsampled()).isTrue();
        assertThat(curve.points()).hasSizeLessThanOrEqualTo(16);
        assertThat(curve.points()).isSubsetOf(everyPoint);
        assertThat(curve.points()).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
        assertThat(curve.points().get(0)).isEqualTo(everyPoint.get(0));
        assertThat(curve.points().get(curve.points().size() - 1)).isEqualTo(everyPoint.get(1000));
        EquityPoint lowest = everyPoint.stream().min((a, b) -> a.equity().compareTo(b.equity())).orElseThrow();
        EquityPoint highest = everyPoint.stream().max((a, b) -> a.equity().compareTo(b.equity())).orElseThrow();
        // +-1 pairs net 0, so equity is 999 after every odd close and 1000 after every even one
        // close 500: 999 - 300 = 699 (the low); close 900: 999 + 400 = 1399 (the high); close 901: 999
        assertThat(lowest.equity()).isEqualTo(m("699"));
        assertThat(highest.equity()).isEqualTo(m("1399"));
        assertThat(curve.points()).contains(lowest, highest);
        // drawdowns are measured on every point, not on the sample:
        // by money 1399 - 999 = 400 (close 900 -> 901) beats 1000 - 699 = 301
        assertThat(curve.maxDrawdown()).isEqualTo(new Drawdown(at.plusSeconds(900), m("1399"), at.plusSeconds(901), m("999")));
        // by percent 301 / 1000 = 0.301 (peak: close 498, the last even close before the dip) beats 400 / 1399
        assertThat(curve.maxDrawdownFraction()).isEqualTo(new Drawdown(at.plusSeconds(498), m("1000"), at.plusSeconds(500), m("699")));
        assertThat(curve.maxDrawdownFraction().fraction()).isEqualByComparingTo("0.301");
    }

    @Test
    void shortCurvesAreKeptWhole() {
        EquityCurveAccumulator acc = new EquityCurveAccumulator(m("1000"), MAR_1, MAR_5, ZoneOffset.UTC, 15, 16, null);
        for (int i = 1; i <= 15; i++) {
            acc.add(MAR_1.plusSeconds(i), m(i % 3 == 0 ? "-2" : "1"));
        }
        EquityCurve curve = acc.finish();
        assertThat(curve.points()).hasSize(16);
        assertThat(curve.downsampled()).isFalse();
    }

    @Test
    void rejectsClosesOutOfOrderOrOutsideTheWindow() {
        EquityCurveAccumulator acc = accumulator("1000", MAR_1, MAR_3, ZoneOffset.UTC);
        acc.add(t("2026-03-02T00:00:00Z"), m("1"));
        assertThatThrownBy(() -> acc.add(t("2026-03-01T23:59:59Z"), m("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
        assertThatThrownBy(() -> acc.add(MAR_3, m("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the window");
        assertThatThrownBy(() -> accumulator("1000", MAR_1, MAR_3, ZoneOffset.UTC)
                .add(t("2026-02-28T23:59:59Z"), m("1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the window");
        acc.finish();
        assertThatThrownBy(() -> acc.add(t("2026-03-02T01:00:00Z"), m("1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(acc::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsBadSetUp() {
        assertThatThrownBy(() -> accumulator("0", MAR_1, MAR_3, ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startingCapital"));
        assertThatThrownBy(() -> accumulator("1000", MAR_3, MAR_1, ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> accumulator("1000", MAR_1, MAR_1, ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> accumulator("1000", MAR_1, MAR_1.plusSeconds(86_400L * 40_001), ZoneOffset.UTC))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new EquityCurveAccumulator(m("1000"), MAR_1, MAR_3, ZoneOffset.UTC, 0, 15, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPoints");
    }
}
