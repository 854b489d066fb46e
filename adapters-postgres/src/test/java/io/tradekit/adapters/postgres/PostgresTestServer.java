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
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against, found once per JVM in the order BRIEF section 7 gives:
 * <ol>
 *   <li>{@value #URL_ENV} (with {@value #USER_ENV} and {@value #PASSWORD_ENV}) when set: it must answer;</li>
 *   <li>a Testcontainers {@code postgres:15} container when a Docker engine answers (started once per JVM);</li>
 *   <li>the local server at 127.0.0.1:5432, database {@code test}, user {@code postgres}.</li>
 * </ol>
 * When none answers, it fails with a message saying how to provide one: tests never skip silently.
 * Each test class takes a fresh schema of its own ({@link #freshSchema}), so classes run in any order
 * and in parallel JVMs; schemas older than a few hours left behind by killed runs are dropped.
 */
public final class PostgresTestServer {
    public static final String URL_ENV = "TRADEKIT_TEST_JDBC_URL";
    public static final String USER_ENV = "TRADEKIT_TEST_DB_USER";
    public static final String PASSWORD_ENV = "TRADEKIT_TEST_DB_PASSWORD";
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String LOCAL_USER = "postgres";

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
            instance.dropStaleSchemas();
        }
        return instance;
    }

    private static PostgresTestServer find() {
        List<String> tried = new ArrayList<>();
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            String user = orDefault(System.getenv(USER_ENV), LOCAL_USER);
            String password = System.getenv(PASSWORD_ENV);
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
        PostgresTestServer docker = Docker.start(tried);
        if (docker != null) {
            return docker;
        }
        PostgresTestServer local = new PostgresTestServer(LOCAL_URL, LOCAL_USER, null, "local server");
        String problem = local.probe();
        if (problem == null) {
            return local;
        }
        tried.add("local server " + LOCAL_URL + " (user " + LOCAL_USER + "): " + problem);
        throw new IllegalStateException("No PostgreSQL server for the tests. Tried: " + String.join("; ", tried)
                + ". Provide one: set " + URL_ENV + " (e.g. jdbc:postgresql://host:5432/db) with " + USER_ENV
                + " and " + PASSWORD_ENV + ", or start a Docker engine (Testcontainers runs postgres:15), or run"
                + " PostgreSQL at 127.0.0.1:5432 with a database 'test' that user 'postgres' can reach.");
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

    /** Where the server came from: the environment, a container, or the local server. */
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
