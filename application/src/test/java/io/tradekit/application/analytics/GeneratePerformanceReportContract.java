package io.tradekit.application.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.testdata.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report end to end on a real store: closed and settled positions written through the port, summed by
 * the store's own {@code summarizeCloses} and streamed by its {@code forEachClose}, every figure worked out by
 * hand in the comments. Runs unchanged on any adapter: a subclass returns its store from {@link #store()}.
 * Every test reports on an account of its own, so the store need not be empty.
 */
public abstract class GeneratePerformanceReportContract {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MAR_3 = Instant.parse("2026-03-03T00:00:00Z");
    private static final Instant MAR_5 = Instant.parse("2026-03-05T00:00:00Z");
    private static final BigDecimal CLOSE = new BigDecimal("1e-14");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private final AccountId account = Ids.account();
    private final ConditionId market = Ids.condition();
    private JournalStoreUnderTest store;
    private GeneratePerformanceReport reports;

    @BeforeEach
    void takeTheStore() {
        store = store();
        reports = new GeneratePerformanceReport(store.positions(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Money m(String amount) {
        return Money.of(amount);
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }

    /**
     * Stores a LONG position of 1 unit opened at 100 and closed at 100 + grossPnl, paying the two fees:
     * realized P&amp;L = grossPnl, net = grossPnl - entryFee - exitFee.
     */
    private Position close(AccountId owner, ConditionId condition, String grossPnl, String entryFee, String exitFee,
            Instant closedAt) {
        Position open = Position.open(Ids.position(), owner, condition, Ids.token(), null,
                PositionSide.LONG, Quantity.of("1"), Price.of("100"), m(entryFee), closedAt.minusSeconds(3600));
        Position closed = open.close(Price.of(new BigDecimal("100").add(new BigDecimal(grossPnl))), m(exitFee), closedAt);
        return store.positions().insert(closed);
    }

    private Position close(String netPnl, Instant closedAt) {
        return close(account, market, netPnl, "0", "0", closedAt);
    }

    private PerformanceReportCommand window(Instant from, Instant to, String capital) {
        return PerformanceReportCommand.of(account, from, to, m(capital));
    }

    @Test
    void workedExampleOfTheDocs() {
        close("20", t("2026-03-01T12:00:00Z"));         // 1000 + 20 = 1020
        close("-10.2", t("2026-03-02T12:00:00Z"));      // 1020 - 10.2 = 1009.8
        close("20.196", t("2026-03-03T12:00:00Z"));     // 1009.8 + 20.196 = 1029.996
        close("-10.29996", t("2026-03-04T12:00:00Z"));  // 1029.996 - 10.29996 = 1019.69604

        PerformanceReport r = reports.generate(window(MAR_1, MAR_5, "1000"));

        assertThat(r.accountId()).isEqualTo(account);
        assertThat(r.generatedAt()).isEqualTo(NOW);
        assertThat(r.closed()).isEqualTo(4);
        assertThat(r.wins()).isEqualTo(2);
        assertThat(r.losses()).isEqualTo(2);
        assertThat(r.breakevens()).isZero();
        // 2 / 4
        assertThat(r.winRate()).isEqualByComparingTo("0.5");
        // 20 - 10.2 + 20.196 - 10.29996
        assertThat(r.netProfit()).isEqualTo(m("19.69604"));
        // 20 + 20.196 ; 10.2 + 10.29996
        assertThat(r.grossProfit()).isEqualTo(m("40.196"));
        assertThat(r.grossLoss()).isEqualTo(m("20.49996"));
        // 40.196 / 20.49996 = 100 / 51 = 1.960784313725490 (16 digits)
        assertThat(r.profitFactor()).isEqualTo(new BigDecimal("1.960784313725490"));
        // 40.196 / 2 ; 20.49996 / 2
        assertThat(r.averageWin()).isEqualTo(m("20.098"));
        assertThat(r.averageLoss()).isEqualTo(m("10.24998"));
        assertThat(r.largestWin()).isEqualTo(m("20.196"));
        assertThat(r.largestLoss()).isEqualTo(m("10.29996"));
        // 19.69604 / 4 ; 0.5 x 20.098 - 0.5 x 10.24998 = 10.049 - 5.12499
        assertThat(r.averagePnlPerTrade()).isEqualTo(m("4.92401"));
        assertThat(r.expectancy()).isEqualTo(m("4.92401"));
        assertThat(r.startingCapital()).isEqualTo(m("1000"));
        assertThat(r.endingEquity()).isEqualTo(m("1019.69604"));

        // daily returns 20/1000, -10.2/1020, 20.196/1009.8, -10.29996/1029.996
        assertThat(r.dailyEquity()).extracting(DailyEquity::equity)
                .containsExactly(m("1020"), m("1009.8"), m("1029.996"), m("1019.69604"));
        assertThat(r.dailyEquity()).extracting(DailyEquity::dailyReturn).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.02"), new BigDecimal("-0.01"), new BigDecimal("0.02"),
                        new BigDecimal("-0.01"));
        // mean 0.005, stdev sqrt(0.0009 / 3): sqrt(365 / 12)
        assertThat(r.sharpe()).isCloseTo(new BigDecimal("5.515130702591432"), within(CLOSE));
        // downside sqrt(0.0002 / 4): sqrt(182.5)
        assertThat(r.sortino()).isCloseTo(new BigDecimal("13.50925608610630"), within(CLOSE));

        // falls: 1020 -> 1009.8 (10.2 = 1 %), 1029.996 -> 1019.69604 (10.29996 = 1 %)
        assertThat(r.maxDrawdown()).isEqualTo(m("10.29996"));
        assertThat(r.maxDrawdownPeriod().peakAt()).isEqualTo(t("2026-03-03T12:00:00Z"));
        assertThat(r.maxDrawdownPeriod().troughAt()).isEqualTo(t("2026-03-04T12:00:00Z"));
        assertThat(r.maxDrawdownFraction()).isEqualByComparingTo("0.01");
        // a tie in percent keeps the earlier fall
        assertThat(r.maxDrawdownFractionPeriod().peakAt()).isEqualTo(t("2026-03-01T12:00:00Z"));
        assertThat(r.maxDrawdownFractionPeriod().troughAt()).isEqualTo(t("2026-03-02T12:00:00Z"));

        // 4 days: 1.01969604^(365/4) - 1 = e^(91.25 x ln 1.01969604) - 1
        // ln 1.01969604 = 0.01950458288535654...; x 91.25 = 1.779793188288785; e^that = 5.928630181642407
        assertThat(r.days()).isEqualTo(4);
        assertThat(r.cagr()).isCloseTo(new BigDecimal("4.928630181642407"), within(CLOSE));
        // 4.928630181642407 / 0.01
        assertThat(r.calmar()).isCloseTo(new BigDecimal("492.8630181642407"), within(new BigDecimal("1e-12")));

        // curve: start + 4 steps
        assertThat(r.equityCurve()).extracting(EquityPoint::equity)
                .containsExactly(m("1000"), m("1020"), m("1009.8"), m("1029.996"), m("1019.69604"));
        assertThat(r.equityCurvePoints()).isEqualTo(5);
        assertThat(r.equityCurveDownsampled()).isFalse();
        assertThat(r.toString()).contains("closed=4", "profitFactor=1.960784313725490", "sharpe=")
                .doesNotContain("EquityPoint");
    }

    @Test
    void emptyWindow() {
        // a close outside the window and one of another account must not count
        close("50", t("2026-02-28T23:59:59Z"));
        close(Ids.account(), market, "70", "0", "0", t("2026-03-01T12:00:00Z"));

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "1000"));

        assertThat(r.closed()).isZero();
        assertThat(r.wins()).isZero();
        assertThat(r.losses()).isZero();
        assertThat(r.breakevens()).isZero();
        assertThat(r.winRate()).isNull();
        assertThat(r.netProfit()).isEqualTo(Money.ZERO);
        assertThat(r.grossProfit()).isEqualTo(Money.ZERO);
        assertThat(r.grossLoss()).isEqualTo(Money.ZERO);
        assertThat(r.profitFactor()).isNull();
        assertThat(r.averageWin()).isNull();
        assertThat(r.averageLoss()).isNull();
        assertThat(r.largestWin()).isNull();
        assertThat(r.largestLoss()).isNull();
        assertThat(r.averagePnlPerTrade()).isNull();
        assertThat(r.expectancy()).isNull();
        assertThat(r.endingEquity()).isEqualTo(m("1000"));
        // two flat days: returns 0, 0 -> stdev 0 and no negative return
        assertThat(r.dailyEquity()).extracting(DailyEquity::equity).containsExactly(m("1000"), m("1000"));
        assertThat(r.sharpe()).isNull();
        assertThat(r.sortino()).isNull();
        assertThat(r.maxDrawdown()).isNull();
        assertThat(r.maxDrawdownFraction()).isNull();
        assertThat(r.maxDrawdownPeriod()).isNull();
        // (1000 / 1000)^(365/2) - 1 = 0; Calmar absent without a drawdown
        assertThat(r.cagr()).isEqualByComparingTo("0");
        assertThat(r.calmar()).isNull();
        assertThat(r.equityCurve()).containsExactly(new EquityPoint(MAR_1, m("1000"), m("1000")));
    }

    @Test
    void singleTrade() {
        close("25", t("2026-03-01T09:00:00Z"));

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "500"));

        assertThat(r.closed()).isEqualTo(1);
        assertThat(r.wins()).isEqualTo(1);
        assertThat(r.winRate()).isEqualByComparingTo("1");
        assertThat(r.netProfit()).isEqualTo(m("25"));
        // no loss: profit factor absent (not 0, not a cap, not infinity)
        assertThat(r.profitFactor()).isNull();
        assertThat(r.averageWin()).isEqualTo(m("25"));
        assertThat(r.largestWin()).isEqualTo(m("25"));
        assertThat(r.averageLoss()).isNull();
        assertThat(r.largestLoss()).isNull();
        // 1 x 25 - 0 = 25
        assertThat(r.expectancy()).isEqualTo(m("25"));
        assertThat(r.averagePnlPerTrade()).isEqualTo(m("25"));
        // Mar 1: 525 (25 / 500 = 0.05), Mar 2: 525 (0)
        assertThat(r.dailyEquity()).extracting(DailyEquity::dailyReturn).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.05"), BigDecimal.ZERO);
        // mean 0.025, deviations +-0.025: stdev sqrt(0.00125 / 1); Sharpe = 0.025 / sqrt(0.00125) x sqrt(365)
        // = sqrt(0.000625 / 0.00125 x 365) = sqrt(182.5) = 13.50925608610630
        assertThat(r.sharpe()).isCloseTo(new BigDecimal("13.50925608610630"), within(CLOSE));
        // no negative day
        assertThat(r.sortino()).isNull();
        assertThat(r.maxDrawdown()).isNull();
        assertThat(r.calmar()).isNull();
        // 2 days: 1.05^(365/2) - 1 = e^(182.5 x ln 1.05) - 1 = e^(182.5 x 0.048790164169432) - 1
        // = e^8.90420496092134 - 1 = 7362.869113181323 - 1 (a 5 % gain in 2 days, annualised)
        assertThat(r.cagr()).isCloseTo(new BigDecimal("7361.869113181323"), within(new BigDecimal("1e-11")));
    }

    @Test
    void allWins() {
        close("10", t("2026-03-01T09:00:00Z"));
        close("30", t("2026-03-02T09:00:00Z"));
        close("20", t("2026-03-03T09:00:00Z"));

        PerformanceReport r = reports.generate(window(MAR_1, MAR_5, "1000"));

        assertThat(r.closed()).isEqualTo(3);
        assertThat(r.wins()).isEqualTo(3);
        assertThat(r.losses()).isZero();
        assertThat(r.winRate()).isEqualByComparingTo("1");
        assertThat(r.netProfit()).isEqualTo(m("60"));
        assertThat(r.grossProfit()).isEqualTo(m("60"));
        assertThat(r.grossLoss()).isEqualTo(Money.ZERO);
        assertThat(r.profitFactor()).isNull();
        // 60 / 3
        assertThat(r.averageWin()).isEqualTo(m("20"));
        assertThat(r.averageLoss()).isNull();
        assertThat(r.largestWin()).isEqualTo(m("30"));
        assertThat(r.largestLoss()).isNull();
        assertThat(r.expectancy()).isEqualTo(m("20"));
        // equity only rises: no drawdown, no Sortino (no negative day), no Calmar
        assertThat(r.maxDrawdown()).isNull();
        assertThat(r.sortino()).isNull();
        assertThat(r.calmar()).isNull();
        // returns 10/1000 = 0.01, 30/1010, 20/1040, 0 (Mar 4) are not all equal: Sharpe is defined and positive
        assertThat(r.sharpe()).isPositive();
    }

    @Test
    void allLosses() {
        close("-100", t("2026-03-01T09:00:00Z"));   // 900
        close("-50", t("2026-03-02T09:00:00Z"));    // 850
        close("-50", t("2026-03-02T10:00:00Z"));    // 800

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "1000"));

        assertThat(r.closed()).isEqualTo(3);
        assertThat(r.losses()).isEqualTo(3);
        assertThat(r.winRate()).isEqualByComparingTo("0");
        assertThat(r.netProfit()).isEqualTo(m("-200"));
        assertThat(r.grossProfit()).isEqualTo(Money.ZERO);
        assertThat(r.grossLoss()).isEqualTo(m("200"));
        // 0 / 200 = 0: there is a loss, so the ratio exists
        assertThat(r.profitFactor()).isEqualByComparingTo("0");
        assertThat(r.averageWin()).isNull();
        // 200 / 3 = 66.66666667 (8 decimals, HALF_EVEN)
        assertThat(r.averageLoss()).isEqualTo(m("66.66666667"));
        assertThat(r.largestLoss()).isEqualTo(m("100"));
        // 0 - 1 x 66.666... = -66.66666667
        assertThat(r.expectancy()).isEqualTo(m("-66.66666667"));
        // the fall runs from the starting capital at the window start to 800
        assertThat(r.maxDrawdown()).isEqualTo(m("200"));
        assertThat(r.maxDrawdownFraction()).isEqualByComparingTo("0.2");
        assertThat(r.maxDrawdownPeriod().peakAt()).isEqualTo(MAR_1);
        assertThat(r.maxDrawdownPeriod().troughAt()).isEqualTo(t("2026-03-02T10:00:00Z"));
        // returns: Mar 1 -100/1000 = -0.1, Mar 2 -100/900 = -0.1111111111111111 (16 digits)
        // mean = -0.2111111111111111 / 2 = -0.10555555555555555; deviations +-0.00555555555555555
        // stdev = sqrt(2 x 0.0000308641975308641 / 1) = 0.00785674201318386
        // Sharpe = -0.10555555555555555 / 0.00785674201318386 x sqrt(365) = -13.4350288425444 x 19.1049731745428
        //        = -256.6758656360199
        assertThat(r.sharpe()).isCloseTo(new BigDecimal("-256.6758656360199"), within(new BigDecimal("1e-12")));
        // downside = sqrt((0.01 + 0.01234567901234568) / 2) = sqrt(0.01117283950617284) = 0.1057016532822455
        // Sortino = -0.10555555555555555 / 0.1057016532822455 x sqrt(365) = -0.998617845 x 19.1049731745428
        //         = -19.07856684101776
        assertThat(r.sortino()).isCloseTo(new BigDecimal("-19.07856684101776"), within(CLOSE));
        // 2 days: 0.8^(365/2) - 1 = 2.06e-18 - 1 = -0.99999999999999999794, which is -1 at 16 digits
        assertThat(r.cagr()).isEqualByComparingTo("-1");
    }

    @Test
    void mixedWithBreakevensAndFeesThatTurnAGrossWinIntoANetLoss() {
        close(account, market, "30", "1", "1", t("2026-03-01T09:00:00Z"));   // net 30 - 2 = +28
        close(account, market, "1.5", "1", "1", t("2026-03-01T10:00:00Z"));  // gross win 1.5, net 1.5 - 2 = -0.5
        close(account, market, "2", "1", "1", t("2026-03-01T11:00:00Z"));    // net 2 - 2 = 0: breakeven
        close(account, market, "0", "0", "0", t("2026-03-02T11:00:00Z"));    // 0: breakeven
        close(account, market, "-12", "0.5", "0", t("2026-03-02T12:00:00Z")); // net -12.5

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "1000"));

        assertThat(r.closed()).isEqualTo(5);
        assertThat(r.wins()).isEqualTo(1);
        assertThat(r.losses()).isEqualTo(2);
        assertThat(r.breakevens()).isEqualTo(2);
        // 1 / 5
        assertThat(r.winRate()).isEqualByComparingTo("0.2");
        // 28 - 0.5 + 0 + 0 - 12.5 = 15
        assertThat(r.netProfit()).isEqualTo(m("15"));
        assertThat(r.grossProfit()).isEqualTo(m("28"));
        // 0.5 + 12.5
        assertThat(r.grossLoss()).isEqualTo(m("13"));
        // 28 / 13 = 2.153846153846154
        assertThat(r.profitFactor()).isEqualTo(new BigDecimal("2.153846153846154"));
        assertThat(r.averageWin()).isEqualTo(m("28"));
        // 13 / 2
        assertThat(r.averageLoss()).isEqualTo(m("6.5"));
        assertThat(r.largestWin()).isEqualTo(m("28"));
        assertThat(r.largestLoss()).isEqualTo(m("12.5"));
        // 15 / 5 ; 0.2 x 28 - 0.4 x 6.5 = 5.6 - 2.6 = 3
        assertThat(r.averagePnlPerTrade()).isEqualTo(m("3"));
        assertThat(r.expectancy()).isEqualTo(m("3"));
        assertThat(r.endingEquity()).isEqualTo(m("1015"));
        // Mar 1 ends at 1000 + 28 - 0.5 + 0 = 1027.5, Mar 2 at 1027.5 + 0 - 12.5 = 1015
        assertThat(r.dailyEquity()).extracting(DailyEquity::equity).containsExactly(m("1027.5"), m("1015"));
        // the fee-made loss is a fall: 1028 (09:00) -> 1027.5 (10:00); the later one is bigger:
        // 1028 -> 1015 = 13, peak still the 09:00 step (10:00, 11:00 and the breakeven never got back to 1028)
        assertThat(r.maxDrawdown()).isEqualTo(m("13"));
        assertThat(r.maxDrawdownPeriod().peakAt()).isEqualTo(t("2026-03-01T09:00:00Z"));
        assertThat(r.maxDrawdownPeriod().troughAt()).isEqualTo(t("2026-03-02T12:00:00Z"));
        // 13 / 1028 = 0.01264591439688716
        assertThat(r.maxDrawdownFraction()).isEqualTo(new BigDecimal("0.01264591439688716"));
    }

    @Test
    void aSettledPositionCountsAsAClose() {
        // buy 10 winning tokens at 0.60 (cost 6, fee 0.1), settled at 1: realized 10 - 6 = 4, net 3.9
        Position winner = Position.open(Ids.position(), account, market, Ids.token(), null,
                PositionSide.LONG, Quantity.of("10"), Price.binary("0.60"), m("0.1"), t("2026-03-01T08:00:00Z"))
                .settle(true, t("2026-03-01T20:00:00Z"));
        // buy 5 losing tokens at 0.30 (cost 1.5), settled at 0: net -1.5
        Position loser = Position.open(Ids.position(), account, market, Ids.token(), null,
                PositionSide.LONG, Quantity.of("5"), Price.binary("0.30"), Money.ZERO, t("2026-03-01T08:00:00Z"))
                .settle(false, t("2026-03-01T20:00:00Z"));
        store.positions().insert(winner);
        store.positions().insert(loser);

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "100"));

        assertThat(r.closed()).isEqualTo(2);
        assertThat(r.wins()).isEqualTo(1);
        assertThat(r.losses()).isEqualTo(1);
        assertThat(r.netProfit()).isEqualTo(m("2.4"));
        // 3.9 / 1.5 = 2.6
        assertThat(r.profitFactor()).isEqualByComparingTo("2.6");
        // both settle at 20:00: one step, 100 + 3.9 - 1.5 = 102.4, no intra-instant drawdown
        assertThat(r.equityCurve()).extracting(EquityPoint::equity).containsExactly(m("100"), m("102.4"));
        assertThat(r.maxDrawdown()).isNull();
    }

    @Test
    void aDayWithoutCloseRepeatsThePreviousEquity() {
        close("50", t("2026-03-01T09:00:00Z"));
        close("-20", t("2026-03-04T09:00:00Z"));

        PerformanceReport r = reports.generate(window(MAR_1, MAR_5, "1000"));

        // Mar 1 1050, Mar 2 and 3 repeat 1050 (return 0), Mar 4 1030
        assertThat(r.dailyEquity()).extracting(DailyEquity::day).containsExactly(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
        assertThat(r.dailyEquity()).extracting(DailyEquity::equity)
                .containsExactly(m("1050"), m("1050"), m("1050"), m("1030"));
        // 50 / 1000 = 0.05, 0, 0, -20 / 1050 = -0.01904761904761905
        assertThat(r.dailyEquity()).extracting(DailyEquity::dailyReturn).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.05"), BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("-0.01904761904761905"));
        assertThat(r.days()).isEqualTo(4);
    }

    @Test
    void aCloseAt2330UtcLandsOnTheNextDayInTokyo() {
        close("40", t("2026-03-01T23:30:00Z")); // 2026-03-02 08:30 in Tokyo

        PerformanceReport utc = reports.generate(window(MAR_1, MAR_3, "1000"));
        PerformanceReport tokyo = reports.generate(window(MAR_1, MAR_3, "1000").inZone(ZoneId.of("Asia/Tokyo")));

        // UTC: Mar 1 = 1040, Mar 2 = 1040 (2 days)
        assertThat(utc.dailyEquity()).extracting(DailyEquity::equity).containsExactly(m("1040"), m("1040"));
        assertThat(utc.days()).isEqualTo(2);
        // Tokyo: the window is Mar 1 09:00 .. Mar 3 08:59:59.999999 -> Mar 1 = 1000, Mar 2 = 1040, Mar 3 = 1040
        assertThat(tokyo.dailyEquity()).extracting(DailyEquity::day).containsExactly(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(tokyo.dailyEquity()).extracting(DailyEquity::equity)
                .containsExactly(m("1000"), m("1040"), m("1040"));
        assertThat(tokyo.days()).isEqualTo(3);
        // same closes, same trade figures
        assertThat(tokyo.netProfit()).isEqualTo(utc.netProfit());
        // UTC returns 0.04, 0: Sharpe = 0.02 / sqrt(0.0008) x sqrt(365) = sqrt(0.0004 / 0.0008 x 365) = sqrt(182.5)
        assertThat(utc.sharpe()).isCloseTo(new BigDecimal("13.50925608610630"), within(CLOSE));
        // Tokyo returns 0, 0.04, 0: mean 0.04/3, deviations -0.04/3, 0.08/3, -0.04/3 -> sum of squares
        // 0.0096/9 = 0.0010666..., / 2 = 0.000533...; Sharpe = (0.04/3) / sqrt(0.0016/3) x sqrt(365)
        // = sqrt((0.0016/9) / (0.0016/3) x 365) = sqrt(365 / 3) = 11.03026140518286
        assertThat(tokyo.sharpe()).isCloseTo(new BigDecimal("11.03026140518286"), within(CLOSE));
    }

    @Test
    void cagrAndCalmarOverAYear() {
        close("-50", t("2026-02-01T00:00:00Z"));   // 950: fall 50 = 5 %
        close("150", t("2026-06-01T00:00:00Z"));   // 1100

        PerformanceReport r = reports.generate(
                window(t("2026-01-01T00:00:00Z"), t("2027-01-01T00:00:00Z"), "1000"));

        // 365 days: (1100 / 1000)^(365/365) - 1 = 0.1
        assertThat(r.days()).isEqualTo(365);
        assertThat(r.cagr()).isEqualByComparingTo("0.1");
        assertThat(r.maxDrawdownFraction()).isEqualByComparingTo("0.05");
        // 0.1 / 0.05
        assertThat(r.calmar()).isEqualByComparingTo("2");
        assertThat(r.dailyEquity()).hasSize(365);
    }

    @Test
    void cagrOverTwoYears() {
        close("210", t("2026-07-01T00:00:00Z"));

        // [2026-01-01, 2028-01-01) = 365 + 365 = 730 days; 1.21^(365/730) - 1 = 1.1 - 1
        PerformanceReport r = reports.generate(
                window(t("2026-01-01T00:00:00Z"), t("2028-01-01T00:00:00Z"), "1000"));

        assertThat(r.days()).isEqualTo(730);
        assertThat(r.cagr()).isEqualByComparingTo("0.1");
    }

    @Test
    void scopedToOneMarketAndTheWindowBounds() {
        ConditionId otherMarket = Ids.condition();
        close(account, market, "10", "0", "0", MAR_1);                        // at from: counts
        close(account, otherMarket, "-99", "0", "0", t("2026-03-01T05:00:00Z")); // other market
        close(account, market, "-4", "0", "0", t("2026-03-02T23:59:59.999999Z"));
        close(account, market, "1000", "0", "0", MAR_3);                      // at to: excluded

        PerformanceReport all = reports.generate(window(MAR_1, MAR_3, "1000"));
        PerformanceReport one = reports.generate(window(MAR_1, MAR_3, "1000").forCondition(market));

        // every market: 10 - 99 - 4
        assertThat(all.closed()).isEqualTo(3);
        assertThat(all.netProfit()).isEqualTo(m("-93"));
        assertThat(all.conditionId()).isNull();
        // one market: 10 - 4
        assertThat(one.closed()).isEqualTo(2);
        assertThat(one.netProfit()).isEqualTo(m("6"));
        assertThat(one.conditionId()).isEqualTo(market);
        // the close at from steps the curve at from, after the opening point
        assertThat(one.equityCurve()).containsExactly(new EquityPoint(MAR_1, m("1000"), m("1000")),
                new EquityPoint(MAR_1, m("1010"), m("1010")),
                new EquityPoint(t("2026-03-02T23:59:59.999999Z"), m("1006"), m("1010")));
    }

    @Test
    void riskFreeRateAndPeriodsPerYearReachTheRatios() {
        close("20", t("2026-03-01T12:00:00Z"));
        close("-10.2", t("2026-03-02T12:00:00Z"));
        close("20.196", t("2026-03-03T12:00:00Z"));
        close("-10.29996", t("2026-03-04T12:00:00Z"));

        // rf_daily = 0.0365 / 365 = 0.0001: excess mean 0.0049 = 0.98 x 0.005 -> 0.98 x sqrt(365/12)
        PerformanceReport withRf = reports.generate(
                window(MAR_1, MAR_5, "1000").withRiskFreeRatePerYear(new BigDecimal("0.0365")));
        assertThat(withRf.sharpe()).isCloseTo(new BigDecimal("5.404828088539604"), within(CLOSE));
        assertThat(withRf.sortino()).isCloseTo(new BigDecimal("13.23907096438417"), within(CLOSE));
        // P = 252: sqrt(0.000025 / 0.0003 x 252) = sqrt(21)
        PerformanceReport equities = reports.generate(window(MAR_1, MAR_5, "1000").withPeriodsPerYear(252));
        assertThat(equities.sharpe()).isCloseTo(new BigDecimal("4.582575694955840"), within(CLOSE));
        assertThat(equities.periodsPerYear()).isEqualTo(252);
    }

    @Test
    void streamsEveryPointToAListenerAndKeepsABoundedCurve() {
        Instant at = t("2026-03-01T00:00:01Z");
        for (int i = 1; i <= 200; i++) {
            close(i % 2 == 0 ? "2" : "-1", at.plusSeconds(i));
        }
        List<EquityPoint> everyPoint = new ArrayList<>();

        PerformanceReport r = reports.generate(window(MAR_1, MAR_3, "1000").withMaxCurvePoints(16), everyPoint::add);

        assertThat(everyPoint).hasSize(201);
        assertThat(r.equityCurvePoints()).isEqualTo(201);
        assertThat(r.equityCurve()).hasSizeLessThanOrEqualTo(16).isSubsetOf(everyPoint);
        assertThat(r.equityCurveDownsampled()).isTrue();
        // 100 x (-1 + 2) = 100
        assertThat(everyPoint.get(200).equity()).isEqualTo(m("1100"));
        assertThat(r.equityCurve().get(r.equityCurve().size() - 1)).isEqualTo(everyPoint.get(200));
    }

    @Test
    void aCloseLandingBetweenTheTwoReadsFailsTheListenerVariant() {
        close("10", t("2026-03-01T10:00:00Z"));

        // the listener sees the opening point after the summary and before the stream: a concurrent writer then
        List<EquityPoint> seen = new ArrayList<>();
        Consumer<EquityPoint> writerInBetween = point -> {
            if (seen.isEmpty()) {
                close("5", t("2026-03-01T11:00:00Z"));
            }
            seen.add(point);
        };

        assertThatThrownBy(() -> reports.generate(window(MAR_1, MAR_3, "1000"), writerInBetween))
                .isInstanceOf(ClosesChangedException.class)
                .hasMessageContaining("counted 1 closes").hasMessageContaining("delivered 2");
    }

    @Test
    void aCloseLandingBetweenTheTwoReadsIsRetried() {
        close("10", t("2026-03-01T10:00:00Z"));
        AtomicInteger summaries = new AtomicInteger();
        // the real store, with a concurrent writer slipping one close in after the first summary
        PositionRepository racing = new RacingWriter(store.positions(), () -> {
            if (summaries.incrementAndGet() == 1) {
                close("5", t("2026-03-01T11:00:00Z"));
            }
        });

        PerformanceReport r = new GeneratePerformanceReport(racing, Clock.fixed(NOW, ZoneOffset.UTC))
                .generate(window(MAR_1, MAR_3, "1000"));

        assertThat(summaries).hasValue(2);
        assertThat(r.closed()).isEqualTo(2);
        assertThat(r.netProfit()).isEqualTo(m("15"));
    }

    @Test
    void aWindowThatKeepsChangingGivesUpAfterThreeAttempts() {
        AtomicInteger summaries = new AtomicInteger();
        PositionRepository racing = new RacingWriter(store.positions(),
                () -> close("1", t("2026-03-01T10:00:00Z").plusSeconds(summaries.incrementAndGet())));

        assertThatThrownBy(() -> new GeneratePerformanceReport(racing, Clock.fixed(NOW, ZoneOffset.UTC))
                .generate(window(MAR_1, MAR_3, "1000")))
                .isInstanceOf(ClosesChangedException.class);
        assertThat(summaries).hasValue(GeneratePerformanceReport.MAX_ATTEMPTS);
    }

    @Test
    void constructorRejectsMissingPorts() {
        assertThatThrownBy(() -> new GeneratePerformanceReport(null, Clock.fixed(NOW, ZoneOffset.UTC)))
                .hasMessageContaining("positions");
        assertThatThrownBy(() -> new GeneratePerformanceReport(store.positions(), null))
                .hasMessageContaining("clock");
    }

    /** The real repository, with a concurrent writer's work run right after each summary. */
    private record RacingWriter(PositionRepository real, Runnable afterSummary) implements PositionRepository {
        @Override
        public CloseSummary summarizeCloses(CloseQuery query) {
            CloseSummary summary = real.summarizeCloses(query);
            afterSummary.run();
            return summary;
        }

        @Override
        public void forEachClose(CloseQuery query, Consumer<PositionClose> consumer) {
            real.forEachClose(query, consumer);
        }

        @Override
        public Position insert(Position position) {
            return real.insert(position);
        }

        @Override
        public Position update(Position position) {
            return real.update(position);
        }

        @Override
        public Optional<Position> findById(AccountId accountId, PositionId id) {
            return real.findById(accountId, id);
        }

        @Override
        public Optional<Position> findOpenByToken(AccountId accountId, TokenId tokenId) {
            return real.findOpenByToken(accountId, tokenId);
        }

        @Override
        public List<Position> findOpenByAccount(AccountId accountId) {
            return real.findOpenByAccount(accountId);
        }

        @Override
        public List<Position> findOpenByCondition(AccountId accountId, ConditionId conditionId) {
            return real.findOpenByCondition(accountId, conditionId);
        }
    }
}
