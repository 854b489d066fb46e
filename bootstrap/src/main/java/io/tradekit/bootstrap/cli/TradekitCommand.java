package io.tradekit.bootstrap.cli;

import io.tradekit.adapters.postgres.JdbcUrls;
import io.tradekit.bootstrap.replay.InputCells;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code tradekit}: the command-line entry point. Exit codes: 0 success, 1 runtime failure (the store
 * unreachable, a file that cannot be written), 2 bad input or bad options (nothing was written).
 */
@Command(name = "tradekit",
        mixinStandardHelpOptions = true,
        versionProvider = TradekitCommand.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
                "The persistence, risk and analytics core of a trading bot, as a command line: replay a market "
                        + "tape through the kit's own use cases as a backtest, or make sample data.",
                ""},
        subcommands = {ReplayCommand.class, SampleCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  runtime failure (store unreachable, file not writable)",
                "  2  bad input or options: FILE:LINE: field: problem on stderr, nothing written",
                "", "Run 'tradekit replay --sample' for a first backtest on the bundled sample."})
public final class TradekitCommand implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; what main calls. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, System::getenv);
    }

    /** Runs the command line with the given output streams and environment variables (for tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, Function<String, String> environment) {
        CommandLine cli = commandLine(environment);
        cli.setOut(out);
        cli.setErr(err);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(e, args, err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The heap ran out: one line naming the setting to raise (the stack trace only with --verbose). */
    static int outOfMemory(OutOfMemoryError e, String[] args, PrintWriter err) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("tradekit: out of memory (" + e.getMessage() + ", the Java heap's maximum is " + maxMb
                + " MB): run again with a larger heap, e.g. TRADEKIT_JAVA_OPTS=-Xmx" + Math.max(1, maxMb * 2 / 1024 + 1)
                + "g ./tradekit ... (or java -Xmx... -jar tradekit.jar)");
        if (java.util.Arrays.asList(args).contains("--verbose")) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }

    static CommandLine commandLine(Function<String, String> environment) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == ReplayCommand.class ? type.cast(new ReplayCommand(environment))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine cli = new CommandLine(new TradekitCommand(), factory);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(BigDecimal.class, TradekitCommand::decimal);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        cli.setExecutionExceptionHandler(new FailureHandler(environment));
        cli.setParameterExceptionHandler(new BadOptionsHandler());
        return cli;
    }

    /** Numbers as a user types them; the message says what was wrong, not which Java class failed. */
    static BigDecimal decimal(String text) {
        if (text.length() > InputCells.MAX_NUMBER_LENGTH) {
            // before parsing: a number of millions of digits would keep BigDecimal busy for minutes
            throw new CommandLine.TypeConversionException("not a number the kit holds: " + InputCells.echo(text));
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("not a number: " + InputCells.echo(text));
        }
    }

    /**
     * Runtime failures: one clear line, exit 1; the stack trace only with --verbose. Both pass through the one
     * URL sanitizer, and every secret the options or the environment gave is blanked wherever it appears.
     */
    static final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
        /** A failure line stays readable: a library's message can be kilobytes (SQL, a whole value). */
        static final int MAX_LINE = 500;

        private final Function<String, String> environment;

        FailureHandler(Function<String, String> environment) {
            this.environment = environment;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
            PrintWriter err = cli.getErr();
            CommandLine.ParseResult command = parsed;
            while (command.hasSubcommand()) {
                command = command.subcommand();
            }
            List<String> secrets = secrets(command);
            err.println(scrub("tradekit: " + describe(e), secrets));
            if (command.hasMatchedOption("--verbose")) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(scrub(trace.toString(), secrets));
            } else {
                err.println("(run again with --verbose for the stack trace)");
            }
            err.flush();
            return FAILED;
        }

        private List<String> secrets(CommandLine.ParseResult command) {
            List<String> secrets = new ArrayList<>();
            for (String option : List.of("--jdbc-url", "--db-password")) {
                if (command.hasMatchedOption(option)) {
                    String value = command.matchedOptionValue(option, "");
                    secrets.addAll(option.equals("--jdbc-url") ? JdbcUrls.secretsOf(value) : List.of(value));
                }
            }
            secrets.addAll(JdbcUrls.secretsOf(environment.apply("TRADEKIT_JDBC_URL")));
            String password = environment.apply("TRADEKIT_DB_PASSWORD");
            if (password != null) {
                secrets.add(password);
            }
            return secrets;
        }

        private static String scrub(String text, List<String> secrets) {
            String result = JdbcUrls.sanitize(text);
            for (String secret : secrets) {
                if (secret != null && !secret.isEmpty()) {
                    result = result.replace(secret, JdbcUrls.MASK);
                }
            }
            return result;
        }

        /**
         * The failure's own message; a cause's only when the message does not already carry it, and then only
         * its first line (a library's message can go on with the SQL). One line, cut to {@link #MAX_LINE}.
         */
        static String describe(Throwable e) {
            String message = e.getMessage();
            if (message == null || message.isBlank()) {
                message = e.getClass().getSimpleName();
            }
            Throwable cause = e.getCause();
            if (cause != null && cause.getMessage() != null) {
                String causeLine = firstLine(cause.getMessage());
                if (!message.contains(causeLine)) {
                    message += ": " + causeLine;
                }
            }
            String line = firstLine(message);
            return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "... (" + line.length()
                    + " characters)";
        }

        private static String firstLine(String text) {
            String stripped = text.strip();
            int end = stripped.indexOf('\n');
            return (end < 0 ? stripped : stripped.substring(0, end)).strip();
        }
    }

    /** Unknown or malformed options: the problem and a pointer to --help, exit 2. */
    static final class BadOptionsHandler implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            CommandLine cli = e.getCommandLine();
            PrintWriter err = cli.getErr();
            err.println("tradekit: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + cli.getCommandSpec().qualifiedName() + " --help' for the options.");
            err.flush();
            return BAD_INPUT;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TradekitCommand.class.getPackage().getImplementationVersion();
            return new String[] {"tradekit " + (version == null ? "(development build)" : version)};
        }
    }
}
