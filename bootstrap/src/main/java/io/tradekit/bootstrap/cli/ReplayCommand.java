package io.tradekit.bootstrap.cli;

import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.risk.TradingDay;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.TradekitStore;
import io.tradekit.bootstrap.replay.InputCells;
import io.tradekit.bootstrap.replay.InputProblem;
import io.tradekit.bootstrap.replay.InputProblems;
import io.tradekit.bootstrap.replay.InvalidInputException;
import io.tradekit.bootstrap.replay.Replay;
import io.tradekit.bootstrap.replay.ReplayInputReader;
import io.tradekit.bootstrap.replay.ReplayProgress;
import io.tradekit.bootstrap.replay.ReplaySettings;
import io.tradekit.bootstrap.replay.Resolution;
import io.tradekit.bootstrap.replay.SortedTape;
import io.tradekit.bootstrap.replay.StoreTapeInput;
import io.tradekit.bootstrap.replay.StrategyLoader;
import io.tradekit.bootstrap.replay.TapePrint;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.bootstrap.report.HtmlReportWriter;
import io.tradekit.bootstrap.report.JsonReportWriter;
import io.tradekit.bootstrap.report.ReplayReport;
import io.tradekit.bootstrap.report.SummaryTable;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.tape.ConflictingPrintsException;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.PrintConflict;
import io.tradekit.domain.tape.TapeWindow;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Times;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tradekit replay}: a backtest of a market tape through the kit's own use cases. */
@Command(name = "replay",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "Backtest a market tape through the kit's use cases.%n",
                "Feeds the prints one at a time in received_at order (ties keep file order) on a simulated clock, "
                        + "settles markets as their resolution time passes, and buys a token for --stake at the "
                        + "first fresh print at or above --threshold in each market (one entry per market and per "
                        + "token), through the pre-trade risk check. Prints the report on stdout; see "
                        + "docs/replay.md for the rules, the CSV formats and the report's keys.",
                ""},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  runtime failure (store unreachable, report file not writable)",
                "  2  bad input or options: FILE:LINE: field: problem on stderr, nothing written"})
public final class ReplayCommand implements Callable<Integer> {
    /** The bundled sample (tradekit sample with its defaults). */
    static final String SAMPLE_TAPE = "/sample/tape.csv";
    static final String SAMPLE_RESOLUTIONS = "/sample/resolutions.csv";

    enum StoreKind { memory, postgres }

    private static final String LIBRARY_LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<String, String> environment;

    @Option(names = "--tape", paramLabel = "FILE",
            description = "The tape: CSV with header trade_id,condition_id,token_id,price,size,side,timestamp"
                    + "[,received_at].")
    Path tape;

    @Option(names = "--resolutions", paramLabel = "FILE",
            description = "Market outcomes: CSV with header condition_id,winning_token_id,resolved_at. "
                    + "Default: none (nothing settles).")
    Path resolutions;

    @Option(names = "--sample", description = "Replay the bundled sample tape and resolutions instead of files.")
    boolean sample;

    @Option(names = "--from-store",
            description = "Replay the tape already stored in the --store (postgres) instead of a file: its prints "
                    + "with a timestamp in [--from, --to) of --markets, each received at its timestamp, in (timestamp, "
                    + "trade id) order; nothing is ingested. --resolutions stays optional.")
    boolean fromStore;

    @Option(names = "--from", paramLabel = "INSTANT",
            description = "With --from-store: the first timestamp to replay, e.g. 2026-03-01T00:00:00Z. "
                    + "Default: the start of the stored tape.")
    String from;

    @Option(names = "--to", paramLabel = "INSTANT",
            description = "With --from-store: the end of the window (excluded). Default: the end of the stored tape.")
    String to;

    @Option(names = "--markets", paramLabel = "IDS",
            description = "With --from-store: the condition ids to replay, comma-separated. Default: every market.")
    String markets;

    @Option(names = "--strategy", paramLabel = "NAME|CLASS", defaultValue = "threshold",
            description = "The strategy: threshold (the reference above: --threshold, --stake) or a class implementing "
                    + "io.tradekit.application.backtest.Strategy with a public no-argument constructor, on the "
                    + "classpath or in --plugin. Default: ${DEFAULT-VALUE}.")
    String strategy;

    @Option(names = "--plugin", paramLabel = "JAR",
            description = "A jar to find --strategy CLASS in (repeat for several). Default: none.")
    java.util.List<Path> plugins = new java.util.ArrayList<>();

    @Option(names = "--threshold", paramLabel = "PRICE", defaultValue = "0.95",
            description = "A print fires when its price reaches this, in (0, 1]. Default: ${DEFAULT-VALUE}.")
    BigDecimal threshold;

    @Option(names = "--max-age", paramLabel = "SECONDS", defaultValue = "300",
            description = "A print older than this at the clock (received_at - timestamp) is stale and never "
                    + "fires. Default: ${DEFAULT-VALUE}.")
    long maxAgeSeconds;

    @Option(names = "--stake", paramLabel = "MONEY", defaultValue = "10",
            description = "Notional of each entry; quantity = stake / price, rounded down to 8 decimal places "
                    + "(the kit's quantity scale). "
                    + "Default: ${DEFAULT-VALUE}.")
    BigDecimal stake;

    @Option(names = "--fee-bps", paramLabel = "BPS", defaultValue = "0",
            description = "Fee of each entry, in basis points of its notional. Default: ${DEFAULT-VALUE}.")
    BigDecimal feeBps;

    @Option(names = "--max-daily-loss", paramLabel = "MONEY",
            description = "Risk limit: no entry once today's loss reaches this. Default: none.")
    BigDecimal maxDailyLoss;

    @Option(names = "--max-capital-at-risk", paramLabel = "MONEY",
            description = "Risk limit: cost basis of open positions after the entry. Default: none.")
    BigDecimal maxCapitalAtRisk;

    @Option(names = "--max-open-positions", paramLabel = "N",
            description = "Risk limit: open positions after the entry. Default: none.")
    Long maxOpenPositions;

    @Option(names = "--max-trades-per-day", paramLabel = "N",
            description = "Risk limit: entries per trading day. Default: none.")
    Long maxTradesPerDay;

    @Option(names = "--starting-capital", paramLabel = "MONEY", defaultValue = "1000",
            description = "Equity before the first close. Default: ${DEFAULT-VALUE}.")
    BigDecimal startingCapital;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone of the calendar days (daily equity, Sharpe, Sortino, the risk day). "
                    + "Default: ${DEFAULT-VALUE}.")
    String zone;

    @Option(names = "--periods-per-year", paramLabel = "P", defaultValue = "365",
            description = "P of Sharpe and Sortino: 365 for markets that never close, 252 for equities. "
                    + "Default: ${DEFAULT-VALUE}.")
    int periodsPerYear;

    @Option(names = "--store", paramLabel = "memory|postgres", defaultValue = "memory",
            description = "Where the replay writes. Default: ${DEFAULT-VALUE}.")
    StoreKind store;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "With --store postgres: jdbc:postgresql://host:port/database. "
                    + "Default: $TRADEKIT_JDBC_URL.")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "With --store postgres: the database role. Default: $TRADEKIT_DB_USER.")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "With --store postgres: its password. Default: $TRADEKIT_DB_PASSWORD (none for trust "
                    + "authentication).")
    String dbPassword;

    @Option(names = "--db-schema", paramLabel = "SCHEMA", defaultValue = PostgresSettings.DEFAULT_SCHEMA,
            description = "With --store postgres: the schema of tradekit's tables, created and migrated if needed. "
                    + "Default: ${DEFAULT-VALUE}.")
    String dbSchema;

    @Option(names = "--db-connect-timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "With --store postgres: how long connecting and logging in may take before the run fails "
                    + "(a server that accepts and never answers). Default: ${DEFAULT-VALUE}.")
    long dbConnectTimeout;

    @Option(names = "--db-socket-timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "With --store postgres: how long one statement may wait for the server's answer before "
                    + "the run fails (a server frozen mid-run). Default: ${DEFAULT-VALUE}.")
    long dbSocketTimeout;

    @Option(names = "--account", paramLabel = "ID", defaultValue = "replay",
            description = "The account the replay trades as. Default: ${DEFAULT-VALUE}.")
    String account;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON. Default: none.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the report as one self-contained HTML page with charts. Default: none.")
    Path html;

    @Option(names = "--verbose", description = "Print the stack trace of a runtime failure.")
    boolean verbose;

    ReplayCommand(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        ReplayReport report;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        ReplaySettings settings;
        RiskLimits limits;
        io.tradekit.application.backtest.Strategy custom;
        PostgresSettings postgres;
        TapeWindow window;
        try {
            checkSources();
            window = storeWindow();
            ZoneId zoneId = zoneId();
            settings = new ReplaySettings(AccountId.of(account), Price.of(threshold), Duration.ofSeconds(maxAgeSeconds),
                    Money.of(stake), feeBps, Money.of(startingCapital), zoneId, periodsPerYear);
            limits = riskLimits(zoneId, settings.startingCapital());
            custom = StrategyLoader.isReference(strategy.trim()) ? null : StrategyLoader.load(strategy.trim(), plugins);
            postgres = store == StoreKind.postgres ? postgresSettings() : null;
            checkWritable(json, "--json");
            checkWritable(html, "--html");
        } catch (InvalidValueException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), optionOf(e.field()) + ": " + problemOf(e));
        }

        if (fromStore) {
            return replayStoredTape(settings, limits, custom, postgres, window, out, err);
        }

        ReplayInputReader.StreamedInput input;
        try (SortedTape sorted = SortedTape.inTemporaryDirectory()) {
            try {
                input = readInput(sorted);
            } catch (InvalidInputException e) {
                for (InputProblem problem : e.problems()) {
                    err.println(problem);
                }
                if (e.total() > e.problems().size()) {
                    err.println("... and " + (e.total() - e.problems().size()) + " more problems");
                }
                err.println("tradekit: the input has " + e.total() + (e.total() == 1 ? " problem" : " problems")
                        + "; nothing was written");
                err.flush();
                return TradekitCommand.BAD_INPUT;
            }

            if (input.tape().size() == 0) {
                err.println("tradekit: warning: the tape has no prints");
            }
            if (verbose && System.getProperty(LIBRARY_LOG_LEVEL) == null) {
                // before the first library logger exists: the pool's and Flyway's warnings on stderr too
                System.setProperty(LIBRARY_LOG_LEVEL, "warn");
            }
            SimulatedClock clock = SimulatedClock.startingAtFirstSet(settings.zone());
            TradekitStore tradekitStore = postgres == null ? TradekitStore.inMemory()
                    : TradekitStore.of(PostgresStore.create(postgres));
            try (Tradekit kit = Tradekit.on(tradekitStore, clock, RiskLimitsSource.same(limits))) {
                ReplayReport.Run run = new ReplayReport.Run(input.tapeName(), input.resolutionsName(),
                        tradekitStore.name(), account, threshold, stake, feeBps, maxAgeSeconds, settings.zone(),
                        periodsPerYear, null, null);
                Replay replay = new Replay(kit, clock, settings);
                report = replay.run(input, run, progress(err), custom == null ? replay.referenceStrategy() : custom);
            } catch (ConflictingPrintsException e) {
                return conflicts(input, e, err);
            }
        }

        return writeReport(report, out, err);
    }

    /**
     * {@code --from-store}: the resolutions file first (bad input: exit 2, the store never opened), then the store's
     * window, checked against the resolutions (exit 2, nothing written), then the engine over it.
     */
    private int replayStoredTape(ReplaySettings settings, RiskLimits limits,
            io.tradekit.application.backtest.Strategy custom, PostgresSettings postgres, TapeWindow window,
            PrintWriter out, PrintWriter err) throws IOException {
        String resolutionsName = resolutions == null ? null : resolutions.toString();
        List<Resolution> outcomes;
        try (Reader r = resolutions == null ? null : open(resolutions, "--resolutions")) {
            outcomes = StoreTapeInput.readResolutions(resolutionsName, r);
        } catch (InvalidInputException e) {
            return badInput(e, err);
        }
        if (verbose && System.getProperty(LIBRARY_LOG_LEVEL) == null) {
            System.setProperty(LIBRARY_LOG_LEVEL, "warn");
        }
        SimulatedClock clock = SimulatedClock.startingAtFirstSet(settings.zone());
        TradekitStore tradekitStore = TradekitStore.of(PostgresStore.create(postgres));
        ReplayReport report;
        try (Tradekit kit = Tradekit.on(tradekitStore, clock, RiskLimitsSource.same(limits))) {
            try {
                StoreTapeInput.checkWinnersPrinted(resolutionsName, outcomes, tradekitStore.marketTrades(), window);
            } catch (InvalidInputException e) {
                return badInput(e, err);
            }
            ReplayReport.Run run = new ReplayReport.Run(StoreTapeInput.describe(tradekitStore.name(), window),
                    resolutionsName, tradekitStore.name(), account, threshold, stake, feeBps, maxAgeSeconds,
                    settings.zone(), periodsPerYear, null, null);
            Replay replay = new Replay(kit, clock, settings);
            report = replay.runStoredTape(StoreTapeInput.events(tradekitStore.marketTrades(), window, outcomes), run,
                    progress(err), custom == null ? replay.referenceStrategy() : custom);
        }
        if (report.counts().prints() == 0) {
            err.println("tradekit: warning: the store's tape has no prints in the window");
        }
        return writeReport(report, out, err);
    }

    private static int badInput(InvalidInputException e, PrintWriter err) {
        for (InputProblem problem : e.problems()) {
            err.println(problem);
        }
        if (e.total() > e.problems().size()) {
            err.println("... and " + (e.total() - e.problems().size()) + " more problems");
        }
        err.println("tradekit: the input has " + e.total() + (e.total() == 1 ? " problem" : " problems")
                + "; nothing was written");
        err.flush();
        return TradekitCommand.BAD_INPUT;
    }

    private int writeReport(ReplayReport report, PrintWriter out, PrintWriter err) {
        out.print(SummaryTable.render(report));
        out.flush();
        if (json != null) {
            write(json, w -> JsonReportWriter.write(report, w));
            err.println("wrote " + json);
        }
        if (html != null) {
            write(html, w -> HtmlReportWriter.write(report, w));
            err.println("wrote " + html);
        }
        err.flush();
        return TradekitCommand.OK;
    }

    /** Prints the store's tape holds with other values: each at its line, with both values; exit 2. */
    private static int conflicts(ReplayInputReader.StreamedInput input, ConflictingPrintsException e,
            PrintWriter err) {
        Map<MarketTradeId, Long> lines = new HashMap<>();
        for (PrintConflict c : e.conflicts()) {
            lines.put(c.tradeId(), 0L);
        }
        try (SortedTape.Cursor prints = input.tape().prints()) {
            for (TapePrint p = prints.next(); p != null; p = prints.next()) {
                Long line = lines.get(p.trade().tradeId());
                if (line != null && (line == 0L || p.line() < line)) {
                    lines.put(p.trade().tradeId(), p.line());
                }
            }
        }
        int shown = 0;
        for (PrintConflict c : e.conflicts()) {
            if (shown++ == InputProblems.LIMIT) {
                err.println("... and " + (e.conflicts().size() - InputProblems.LIMIT) + " more problems");
                break;
            }
            err.println(new InputProblem(input.tapeName(), lines.getOrDefault(c.tradeId(), 0L), "trade_id",
                    InputCells.echo(c.tradeId().value()) + " is on the store's tape with other values: "
                            + c.differences()));
        }
        err.println("tradekit: " + e.conflicts().size() + (e.conflicts().size() == 1 ? " print conflicts" :
                " prints conflict") + " with the store's tape; nothing was written");
        err.flush();
        return TradekitCommand.BAD_INPUT;
    }

    private void checkSources() {
        if (fromStore) {
            if (sample || tape != null) {
                throw new InvalidValueException("fromStore", "replays the store's tape; leave out "
                        + (sample ? "--sample" : "--tape"));
            }
            if (store != StoreKind.postgres) {
                throw new InvalidValueException("fromStore", "needs --store postgres: the tape of an in-memory store "
                        + "is empty when the run starts");
            }
            return;
        }
        for (String[] option : new String[][] {{"from", from}, {"to", to}, {"markets", markets}}) {
            if (option[1] != null) {
                throw new InvalidValueException(option[0], "selects part of the store's tape: only with --from-store");
            }
        }
        if (sample && (tape != null || resolutions != null)) {
            throw new InvalidValueException("sample", "replays the bundled files; leave out --tape and --resolutions");
        }
        if (!sample && tape == null) {
            throw new InvalidValueException("tape", "missing: give --tape FILE (and --resolutions FILE), or --sample");
        }
    }

    /** The window of --from-store (the whole stored tape by default); null without it. */
    private TapeWindow storeWindow() {
        if (!fromStore) {
            return null;
        }
        Instant start = from == null ? Times.EARLIEST : instantOption("from", from);
        Instant end = to == null ? Times.END : instantOption("to", to);
        Set<ConditionId> ids = new LinkedHashSet<>();
        if (markets != null) {
            for (String id : markets.split(",", -1)) {
                if (id.isBlank()) {
                    throw new InvalidValueException("markets", "an empty condition id in " + InputCells.echo(markets)
                            + ": give condition ids separated by commas");
                }
                try {
                    ids.add(ConditionId.of(id.trim()));
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("markets", problemOf(e));
                }
            }
        }
        return TapeWindow.of(start, end, ids);
    }

    private static Instant instantOption(String field, String text) {
        try {
            return Times.micros(Instant.parse(text.trim()), field);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, "not an ISO-8601 instant like 2026-03-01T12:00:00Z: "
                    + InputCells.echo(text));
        }
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone.trim());
        } catch (DateTimeException e) {
            throw new InvalidValueException("zone", "unknown time zone '" + zone + "' (e.g. UTC, America/New_York)");
        }
    }

    private RiskLimits riskLimits(ZoneId zoneId, Money capital) {
        RiskLimits.Builder limits = RiskLimits.builder()
                .tradingDay(new TradingDay(zoneId, LocalTime.MIDNIGHT))
                .startingCapital(capital);
        if (maxDailyLoss != null) {
            limits.maxDailyLoss(Money.of(maxDailyLoss));
        }
        if (maxCapitalAtRisk != null) {
            limits.maxCapitalAtRisk(Money.of(maxCapitalAtRisk));
        }
        if (maxOpenPositions != null) {
            limits.maxOpenPositions(maxOpenPositions);
        }
        if (maxTradesPerDay != null) {
            limits.maxTradesPerDay(maxTradesPerDay);
        }
        return limits.build();
    }

    private PostgresSettings postgresSettings() {
        String url = orEnv(jdbcUrl, "TRADEKIT_JDBC_URL");
        String user = orEnv(dbUser, "TRADEKIT_DB_USER");
        String password = orEnv(dbPassword, "TRADEKIT_DB_PASSWORD");
        if (url == null) {
            throw new InvalidValueException("jdbcUrl", "--store postgres needs --jdbc-url URL (or TRADEKIT_JDBC_URL)");
        }
        if (user == null) {
            throw new InvalidValueException("dbUser", "--store postgres needs --db-user USER (or TRADEKIT_DB_USER)");
        }
        return new PostgresSettings(url, user, password, dbSchema, 4, true, Duration.ofSeconds(dbConnectTimeout),
                Duration.ofSeconds(dbSocketTimeout));
    }

    private String orEnv(String option, String variable) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String value = environment.apply(variable);
        return value == null || value.isBlank() ? null : value;
    }

    private ReplayInputReader.StreamedInput readInput(SortedTape sorted) throws IOException {
        if (sample) {
            try (Reader t = resource(SAMPLE_TAPE); Reader r = resource(SAMPLE_RESOLUTIONS)) {
                return ReplayInputReader.stream("sample/tape.csv", t, "sample/resolutions.csv", r, sorted);
            }
        }
        try (Reader t = open(tape, "--tape"); Reader r = resolutions == null ? null : open(resolutions, "--resolutions")) {
            return ReplayInputReader.stream(tape.toString(), t, resolutions == null ? null : resolutions.toString(), r,
                    sorted);
        }
    }

    private Reader open(Path file, String option) throws IOException {
        try {
            return InputCells.open(file);
        } catch (NoSuchFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": no such file: " + file);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": cannot read " + file + ": "
                    + e.getMessage());
        }
    }

    private static Reader resource(String name) {
        InputStream in = ReplayCommand.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the bundled sample " + name + " is missing from the jar");
        }
        return InputCells.reader(in);
    }

    private static void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InvalidValueException(option.substring(2), "the directory " + parent + " does not exist");
        }
    }

    private ReplayProgress progress(PrintWriter err) {
        // only an interactive terminal gets a bar; a pipe, a file or a CI log stays quiet
        return System.console() == null ? ReplayProgress.NONE : new ProgressBar(err, System::nanoTime, "prints");
    }

    private interface ReportWriter {
        void write(Writer writer) throws IOException;
    }

    private static void write(Path file, ReportWriter content) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A settings field as the option a user typed: maxDailyLoss is --max-daily-loss. */
    static String optionOf(String field) {
        return switch (field) {
            case "accountId" -> "--account";
            case "maxAge" -> "--max-age";
            case "dbUser" -> "--db-user";
            case "jdbcUrl" -> "--jdbc-url";
            case "schema" -> "--db-schema";
            case "user" -> "--db-user";
            case "connectTimeout" -> "--db-connect-timeout";
            case "conditionId" -> "--markets";
            case "socketTimeout" -> "--db-socket-timeout";
            default -> "--" + field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        };
    }

    private static String problemOf(InvalidValueException e) {
        String prefix = e.field() + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }
}
