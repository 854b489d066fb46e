package io.tradekit.bootstrap.sample;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic, deterministic tape and its resolutions: the same settings give the same bytes on
 * every machine and JDK (java.util.Random, whose algorithm is specified, StrictMath, integer price
 * ticks, no wall clock). The tape has what real tapes have and a replay must cope with:
 * <ul>
 *   <li>several prints per timestamp (one taker order filling against several makers), trade ids
 *       increasing with time like a venue sequence;</li>
 *   <li>delayed prints, received minutes after their timestamp: stale, and late when other prints of
 *       the market were received in between;</li>
 *   <li>markets that cross the threshold on both tokens (the favourite collapses, the other side wins);</li>
 *   <li>a market relisted under a second condition id that reuses a token id of another market;</li>
 *   <li>markets that resolve during the tape, after it ends, or never.</li>
 * </ul>
 */
public final class SampleGenerator {
    /** The tape starts here; nothing depends on when the generator runs. */
    public static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(10);

    /** What to generate. */
    public record Spec(int markets, int prints, long seed) {
        public static final Spec BUNDLED = new Spec(24, 12_000, 7);

        public Spec {
            if (markets < 2) {
                throw new IllegalArgumentException("markets: at least 2, got " + markets);
            }
            if (prints < markets * 10) {
                throw new IllegalArgumentException("prints: at least 10 per market (" + markets * 10 + "), got " + prints);
            }
        }
    }

    enum Kind {
        /** the winner drifts up to about 0.99; resolves a little after its last print */
        RESOLVES,
        /** the favourite crosses the threshold, then collapses; the other token wins */
        FLIPS,
        /** still trading when the tape ends; resolves days later */
        RESOLVES_AFTER_TAPE,
        /** no resolution at all */
        NEVER_RESOLVES
    }

    private record Market(int index, String conditionId, String yesToken, String noToken, Kind kind, boolean yesWins,
            Instant open, Instant close, Instant resolvedAt, double startLogit) {
    }

    private record Print(Instant timestamp, Instant receivedAt, int market, int order, String tokenId, int priceTicks,
            long sizeCents, boolean buy) {
    }

    private final Spec spec;
    private final Random random;

    private SampleGenerator(Spec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
    }

    /** Generates the tape and the resolutions of {@code spec}. */
    public static void generate(Spec spec, Writer tape, Writer resolutions) throws IOException {
        new SampleGenerator(spec).write(tape, resolutions);
    }

    private void write(Writer tape, Writer resolutions) throws IOException {
        List<Market> markets = markets();
        List<Print> prints = prints(markets);

        tape.write("trade_id,condition_id,token_id,price,size,side,timestamp,received_at\n");
        long sequence = 0;
        for (Print p : prints) {
            sequence++;
            Market m = markets.get(p.market());
            tape.write(String.format(Locale.ROOT, "t%09d,%s,%s,%s,%s,%s,%s,%s\n", sequence, m.conditionId(), p.tokenId(),
                    BigDecimal.valueOf(p.priceTicks(), 3).toPlainString(),
                    BigDecimal.valueOf(p.sizeCents(), 2).toPlainString(), p.buy() ? "BUY" : "SELL", p.timestamp(),
                    p.receivedAt()));
        }
        resolutions.write("condition_id,winning_token_id,resolved_at\n");
        for (Market m : markets) {
            if (m.resolvedAt() != null) {
                resolutions.write(m.conditionId() + "," + (m.yesWins() ? m.yesToken() : m.noToken()) + ","
                        + m.resolvedAt() + "\n");
            }
        }
        tape.flush();
        resolutions.flush();
    }

    private List<Market> markets() {
        List<Market> markets = new ArrayList<>();
        Instant end = START.plus(SPAN);
        for (int i = 0; i < spec.markets(); i++) {
            String condition = "0x" + hex(16);
            String yes = digits(20);
            String no = digits(20);
            Kind kind = kindOf(i);
            if (i == spec.markets() - 1) {
                // relisted: the first market again under a second condition id, trading its winning
                // token under the same token id; it never resolves under this id
                Market first = markets.get(0);
                markets.add(new Market(i, condition, first.yesWins() ? first.yesToken() : yes,
                        first.yesWins() ? no : first.noToken(), first.kind(), first.yesWins(),
                        first.open().plusSeconds(3600), first.close(), null, first.startLogit()));
                continue;
            }
            Instant open = START.plusSeconds(random.nextInt((int) (SPAN.toSeconds() / 4)));
            Instant close;
            Instant resolvedAt;
            switch (kind) {
                case RESOLVES, FLIPS -> {
                    long earliest = Duration.between(open, START.plus(Duration.ofDays(2))).toSeconds();
                    long latest = Duration.between(open, end.minus(Duration.ofHours(12))).toSeconds();
                    close = open.plusSeconds(earliest + (long) (random.nextDouble() * (latest - earliest)));
                    resolvedAt = close.plusSeconds(1800 + random.nextInt(6 * 3600));
                }
                case RESOLVES_AFTER_TAPE -> {
                    close = end;
                    resolvedAt = end.plusSeconds(86_400 + random.nextInt(2 * 86_400));
                }
                default -> {
                    close = end;
                    resolvedAt = null;
                }
            }
            boolean yesWins = kind == Kind.FLIPS ? false : random.nextBoolean();
            double startLogit = kind == Kind.FLIPS ? 1.0 + random.nextDouble() : random.nextDouble() * 2 - 1;
            markets.add(new Market(i, condition, yes, no, kind, yesWins, open, close, resolvedAt, startLogit));
        }
        return markets;
    }

    private Kind kindOf(int index) {
        return switch (index % 6) {
            case 1 -> Kind.FLIPS;
            case 3 -> Kind.RESOLVES_AFTER_TAPE;
            case 5 -> Kind.NEVER_RESOLVES;
            default -> Kind.RESOLVES;
        };
    }

    private List<Print> prints(List<Market> markets) {
        double[] weights = new double[markets.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        List<Print> prints = new ArrayList<>();
        int left = spec.prints();
        for (int i = 0; i < markets.size(); i++) {
            int count = i == markets.size() - 1 ? left : (int) StrictMath.floor(spec.prints() * weights[i] / sum);
            count = Math.min(count, left);
            left -= count;
            marketPrints(markets.get(i), count, prints);
        }
        // the venue's order: by time, then the order of fills within one taker order
        prints.sort(Comparator.comparing(Print::timestamp).thenComparingInt(Print::market).thenComparingInt(Print::order));
        return prints;
    }

    private void marketPrints(Market m, int count, List<Print> out) {
        long lifetime = Duration.between(m.open(), m.close()).toSeconds();
        // events: one taker order each, 1 to 4 fills sharing its timestamp
        List<Long> offsets = new ArrayList<>();
        int planned = 0;
        List<Integer> fills = new ArrayList<>();
        while (planned < count) {
            int n = Math.min(count - planned, 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(4)));
            fills.add(n);
            planned += n;
            offsets.add((long) (random.nextDouble() * lifetime));
        }
        offsets.sort(Long::compare);
        double noise = 0;
        int order = 0;
        for (int e = 0; e < offsets.size(); e++) {
            Instant timestamp = m.open().plusSeconds(offsets.get(e));
            double f = lifetime == 0 ? 1 : (double) offsets.get(e) / lifetime;
            noise = 0.85 * noise + 0.18 * gaussian();
            double yes = sigmoid(trend(m, f) + noise);
            // most prints arrive within a second or two; a few are delayed by minutes (stale, maybe late)
            long latencyMillis = random.nextInt(100) < 3 ? 360_000 + random.nextInt(2_040_000) : 40 + random.nextInt(1500);
            Instant receivedAt = timestamp.plusMillis(latencyMillis);
            for (int k = 0; k < fills.get(e); k++) {
                boolean onYes = random.nextBoolean();
                double price = onYes ? yes : 1 - yes;
                price += (random.nextDouble() - 0.5) * 0.01;
                int ticks = (int) StrictMath.max(1, StrictMath.min(999, StrictMath.round(price * 1000)));
                long sizeCents = 100 + (long) (StrictMath.exp(random.nextDouble() * 6) * 100);
                out.add(new Print(timestamp, receivedAt, m.index(), order++, onYes ? m.yesToken() : m.noToken(), ticks,
                        sizeCents, random.nextBoolean()));
            }
        }
    }

    /** The log-odds of YES a fraction {@code f} through the market's life. */
    private static double trend(Market m, double f) {
        double winner = m.yesWins() ? 4.8 : -4.8; // about 0.992 for the winning token
        return switch (m.kind()) {
            case RESOLVES -> m.startLogit() + (winner - m.startLogit()) * f * f;
            case RESOLVES_AFTER_TAPE -> m.startLogit() + (winner * 0.7 - m.startLogit()) * f;
            case FLIPS -> f < 0.55 ? m.startLogit() + (3.6 - m.startLogit()) * (f / 0.55)
                    : 3.6 + (winner - 3.6) * StrictMath.min(1, (f - 0.55) / 0.35);
            case NEVER_RESOLVES -> m.startLogit() * (1 - f) + 2.2 * StrictMath.sin(f * 6 + m.index());
        };
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    /** Box-Muller on the specified Random.nextDouble, with StrictMath: the same numbers everywhere. */
    private double gaussian() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    private String hex(int bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            s.append(String.format(Locale.ROOT, "%02x", random.nextInt(256)));
        }
        return s.toString();
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder().append(1 + random.nextInt(9));
        for (int i = 1; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }
}
