package io.tradekit.adapters.postgres;

import io.tradekit.domain.shared.InvalidValueException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where the PostgreSQL store lives and how to reach it.
 *
 * @param jdbcUrl        {@code jdbc:postgresql://host:port/database}
 * @param user           the database role
 * @param password       its password; null or empty for trust / peer authentication. Never printed.
 * @param schema         the schema holding tradekit's tables (created by the migrations); one database can hold
 *                       several independent stores, one per schema. Lower-case letters, digits and underscores.
 * @param poolSize       the most connections the store opens at once
 * @param migrateOnStart apply pending migrations when the store starts; when false the schema must already be
 *                       at the kit's version (it is validated either way)
 * @param connectTimeout how long opening a connection may take, TCP connect and login together (pgjdbc's
 *                       {@code connectTimeout} and {@code loginTimeout}, the pool's {@code connectionTimeout}):
 *                       a server that accepts and never answers fails after this. Whole seconds, 1 s .. 1 h.
 * @param socketTimeout  the longest the driver waits for the server's answer to one statement (pgjdbc's
 *                       {@code socketTimeout}): a server that freezes mid-run fails after this. Whole seconds,
 *                       1 s .. 24 h; keep it above the longest legitimate statement (a large bulk ingest).
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
        boolean migrateOnStart, Duration connectTimeout, Duration socketTimeout) {

    public static final String DEFAULT_SCHEMA = "tradekit";
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(300);

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new InvalidValueException("jdbcUrl", "must be a jdbc:postgresql: URL, got "
                    + (jdbcUrl == null ? "null" : "'" + redact(jdbcUrl) + "'"));
        }
        if (user == null || user.isBlank()) {
            throw new InvalidValueException("user", "must not be blank");
        }
        requireSchemaName(schema);
        if (poolSize < 1 || poolSize > 1000) {
            throw new InvalidValueException("poolSize", "must lie in [1, 1000], got " + poolSize);
        }
        requireSeconds(connectTimeout, "connectTimeout", Duration.ofHours(1));
        requireSeconds(socketTimeout, "socketTimeout", Duration.ofHours(24));
    }

    /** Settings with the default timeouts ({@link #DEFAULT_CONNECT_TIMEOUT}, {@link #DEFAULT_SOCKET_TIMEOUT}). */
    public PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
            boolean migrateOnStart) {
        this(jdbcUrl, user, password, schema, poolSize, migrateOnStart, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_SOCKET_TIMEOUT);
    }

    /** Settings with the default schema ({@value #DEFAULT_SCHEMA}), pool size, timeouts and migrate-on-start on. */
    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_SCHEMA, DEFAULT_POOL_SIZE, true);
    }

    public PostgresSettings withSchema(String otherSchema) {
        return new PostgresSettings(jdbcUrl, user, password, otherSchema, poolSize, migrateOnStart, connectTimeout,
                socketTimeout);
    }

    public PostgresSettings withPoolSize(int otherPoolSize) {
        return new PostgresSettings(jdbcUrl, user, password, schema, otherPoolSize, migrateOnStart, connectTimeout,
                socketTimeout);
    }

    public PostgresSettings withMigrateOnStart(boolean migrate) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, migrate, connectTimeout, socketTimeout);
    }

    public PostgresSettings withConnectTimeout(Duration timeout) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, migrateOnStart, timeout, socketTimeout);
    }

    public PostgresSettings withSocketTimeout(Duration timeout) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, migrateOnStart, connectTimeout, timeout);
    }

    /** The URL with every password in it blanked ({@link JdbcUrls#sanitize}), for logs and messages. */
    public String redactedJdbcUrl() {
        return redact(jdbcUrl);
    }

    /** {@code host:port} (or what the URL names instead), for messages. */
    public String server() {
        String rest = redact(jdbcUrl).substring("jdbc:postgresql:".length());
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int end = rest.indexOf('/');
            String hosts = end < 0 ? rest : rest.substring(0, end);
            int at = hosts.lastIndexOf('@');
            return at < 0 ? hosts : hosts.substring(at + 1);
        }
        return "localhost:5432";
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user
                + ", password=" + (password == null || password.isEmpty() ? "(none)" : JdbcUrls.MASK)
                + ", schema=" + schema + ", poolSize=" + poolSize + ", migrateOnStart=" + migrateOnStart
                + ", connectTimeout=" + connectTimeout.toSeconds() + "s, socketTimeout=" + socketTimeout.toSeconds()
                + "s]";
    }

    /** Schema names are plain lower-case identifiers, so they never need quoting. */
    static String requireSchemaName(String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new InvalidValueException("schema", "must be a lower-case identifier ([a-z_][a-z0-9_]*, at most"
                    + " 63 characters), got " + (schema == null ? "null" : "'" + schema + "'"));
        }
        return schema;
    }

    private static void requireSeconds(Duration timeout, String field, Duration max) {
        if (timeout == null) {
            throw new InvalidValueException(field, "must not be null");
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(max) > 0
                || timeout.toNanosPart() != 0) {
            throw new InvalidValueException(field, "must be whole seconds in [1, " + max.toSeconds() + "], got "
                    + timeout);
        }
    }

    public static String redact(String url) {
        return JdbcUrls.sanitize(url);
    }
}
