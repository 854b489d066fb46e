package io.tradekit.adapters.postgres;

import io.tradekit.domain.shared.InvalidValueException;
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
 */
public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize,
        boolean migrateOnStart) {

    public static final String DEFAULT_SCHEMA = "tradekit";
    public static final int DEFAULT_POOL_SIZE = 10;

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern URL_SECRET = Pattern.compile("(?i)(password=)[^&;]*");

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
    }

    /** Settings with the default schema ({@value #DEFAULT_SCHEMA}), pool size and migrate-on-start on. */
    public static PostgresSettings of(String jdbcUrl, String user, String password) {
        return new PostgresSettings(jdbcUrl, user, password, DEFAULT_SCHEMA, DEFAULT_POOL_SIZE, true);
    }

    public PostgresSettings withSchema(String otherSchema) {
        return new PostgresSettings(jdbcUrl, user, password, otherSchema, poolSize, migrateOnStart);
    }

    public PostgresSettings withPoolSize(int otherPoolSize) {
        return new PostgresSettings(jdbcUrl, user, password, schema, otherPoolSize, migrateOnStart);
    }

    public PostgresSettings withMigrateOnStart(boolean migrate) {
        return new PostgresSettings(jdbcUrl, user, password, schema, poolSize, migrate);
    }

    /** The URL with any {@code password=} parameter blanked, for logs and messages. */
    public String redactedJdbcUrl() {
        return redact(jdbcUrl);
    }

    @Override
    public String toString() {
        return "PostgresSettings[jdbcUrl=" + redact(jdbcUrl) + ", user=" + user
                + ", password=" + (password == null || password.isEmpty() ? "(none)" : "****")
                + ", schema=" + schema + ", poolSize=" + poolSize + ", migrateOnStart=" + migrateOnStart + "]";
    }

    /** Schema names are plain lower-case identifiers, so they never need quoting. */
    static String requireSchemaName(String schema) {
        if (schema == null || !SCHEMA.matcher(schema).matches()) {
            throw new InvalidValueException("schema", "must be a lower-case identifier ([a-z_][a-z0-9_]*, at most"
                    + " 63 characters), got " + (schema == null ? "null" : "'" + schema + "'"));
        }
        return schema;
    }

    static String redact(String url) {
        return URL_SECRET.matcher(url).replaceAll("$1****");
    }
}
