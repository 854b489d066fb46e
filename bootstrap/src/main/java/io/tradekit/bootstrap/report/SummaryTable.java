package io.tradekit.bootstrap.report;

import java.util.ArrayList;
import java.util.List;

/** The report as the plain-text table the replay prints on stdout. */
public final class SummaryTable {
    private static final int LABEL_WIDTH = 28;
    private static final int VALUE_WIDTH = 12;

    private SummaryTable() {
    }

    public static String render(ReplayReport report) {
        ReplayReport.Run run = report.run();
        ReplayReport.Counts c = report.counts();
        ReplayReport.Performance p = report.performance();
        List<String> lines = new ArrayList<>();
        lines.add("tradekit replay of " + run.tape() + (run.resolutions() == null ? "" : " + " + run.resolutions()));
        lines.add("  store " + run.store() + ", account " + run.account() + ", window " + run.windowStart() + " .. "
                + run.windowEnd() + " (" + run.zone().getId() + ")");
        lines.add("  strategy: " + (run.strategy() != null ? run.strategy()
                : "buy a token at the first print >= " + Figures.price(run.threshold()) + ", stake "
                + Figures.price(run.stake())) + ", fee " + Figures.price(run.feeBps()) + " bps, max age "
                + run.maxAgeSeconds() + " s");
        lines.add("");
        lines.add("Tape");
        row(lines, "prints", Figures.count(c.prints()));
        row(lines, "new to the store", Figures.count(c.printsNew()));
        row(lines, "late (skipped)", Figures.count(c.lateSkipped()));
        row(lines, "after resolution (skipped)", Figures.count(c.resolvedSkipped()));
        row(lines, "stale (skipped)", Figures.count(c.staleSkipped()));
        lines.add("Signals");
        row(lines, "triggers", Figures.count(c.triggers()));
        row(lines, "entries", Figures.count(c.entries()));
        row(lines, "rejected by risk", Figures.count(c.rejectedByRisk()));
        lines.add("Positions");
        row(lines, "closed", Figures.count(p.closed()), "wins " + p.wins() + ", losses " + p.losses()
                + ", breakeven " + p.breakevens());
        row(lines, "open", Figures.count(c.open()), "cost " + Figures.money(c.openCostBasis()) + ", unrealized "
                + Figures.signedMoney(c.unrealizedPnl()));
        row(lines, "win rate", Figures.fractionAsPercent(p.winRate()));
        lines.add("Performance");
        row(lines, "net profit", Figures.signedMoney(p.netProfit()));
        row(lines, "gross profit", Figures.money(p.grossProfit()));
        row(lines, "gross loss", Figures.money(p.grossLoss()));
        row(lines, "profit factor", Figures.ratio(p.profitFactor()));
        row(lines, "average win / loss", Figures.money(p.averageWin()) + " / " + Figures.money(p.averageLoss()));
        row(lines, "expectancy per trade", Figures.signedMoney(p.expectancy()));
        row(lines, "max drawdown", Figures.money(p.maxDrawdown()), Figures.fractionAsPercent(p.maxDrawdownFraction()));
        row(lines, "sharpe", Figures.ratio(p.sharpe()));
        row(lines, "sortino", Figures.ratio(p.sortino()));
        row(lines, "CAGR", Figures.fractionAsPercent(p.cagr()));
        row(lines, "calmar", Figures.ratio(p.calmar()));
        row(lines, "equity", Figures.money(p.startingCapital()) + " -> " + Figures.money(p.endingEquity()));
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static void row(List<String> lines, String label, String value) {
        row(lines, label, value, null);
    }

    private static void row(List<String> lines, String label, String value, String note) {
        StringBuilder line = new StringBuilder("  ").append(label);
        line.append(" ".repeat(Math.max(1, LABEL_WIDTH - label.length())));
        line.append(" ".repeat(Math.max(0, VALUE_WIDTH - value.length()))).append(value);
        if (note != null) {
            line.append("   (").append(note).append(')');
        }
        lines.add(line.toString());
    }
}
