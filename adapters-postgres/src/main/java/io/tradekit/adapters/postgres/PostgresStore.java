package io.tradekit.adapters.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tradekit.adapters.postgres.account.PostgresTradingStateRepository;
import io.tradekit.adapters.postgres.ledger.PostgresAccountLedgerRepository;
import io.tradekit.adapters.postgres.alert.PostgresAlertRepository;
import io.tradekit.adapters.postgres.audit.PostgresAuditTrail;
import io.tradekit.adapters.postgres.candidate.PostgresCandidateRepository;
import io.tradekit.adapters.postgres.decision.PostgresDecisionRepository;
import io.tradekit.adapters.postgres.limits.PostgresRiskLimitSettingsRepository;
import io.tradekit.adapters.postgres.snapshot.PostgresPerformanceSnapshotRepository;
import io.tradekit.adapters.postgres.tape.PostgresTapeRetention;
import io.tradekit.adapters.postgres.order.PostgresOrderRepository;
import io.tradekit.adapters.postgres.position.PostgresPositionRepository;
import io.tradekit.adapters.postgres.risk.PostgresRiskSnapshotQuery;
import io.tradekit.adapters.postgres.tape.PostgresMarketTradeRepository;
import io.tradekit.adapters.postgres.trade.PostgresTradeRepository;
import io.tradekit.adapters.postgres.trigger.PostgresTriggerRepository;
import io.tradekit.adapters.postgres.watermark.PostgresWatermarkRepository;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.audit.AuditTrail;
import io.tradekit.domain.candidate.CandidateRepository;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import io.tradekit.domain.tape.TapeRetention;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StoreUnavailableException;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.mybatis.spring.MyBatisExceptionTranslator;
import org.mybatis.spring.SqlSessionFactoryBean;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * The PostgreSQL store, assembled in plain Java: HikariCP pool -&gt; Flyway (migrate when asked, validate
 * always) -&gt; MyBatis session factory -&gt; Spring transaction manager -&gt; the repositories and the unit
 * of work, all on one pool and one transaction manager. {@link PostgresStoreConfiguration} exposes the
 * same as Spring beans. Close it to release the pool.
 */
public final class PostgresStore implements AutoCloseable {
    static final String MIGRATIONS = "classpath:db/migration";
    static final String MAPPERS = "classpath*:io/tradekit/adapters/postgres/**/*Mapper.xml";

    private final HikariDataSource ownedPool;
    private final DataSource dataSource;
    private final String schema;
    private final SqlSessionFactory sessionFactory;
    private final MarketTradeRepository marketTrades;
    private final TradeRepository trades;
    private final PositionRepository positions;
    private final TriggerRepository triggers;
    private final WatermarkRepository watermarks;
    private final TradingStateRepository tradingStates;
    private final AccountLedgerRepository ledgers;
    private final RiskSnapshotQuery riskSnapshots;
    private final DecisionRepository decisions;
    private final CandidateRepository candidates;
    private final AlertRepository alerts;
    private final AuditTrail auditTrail;
    private final RiskLimitSettingsRepository riskLimitSettings;
    private final PerformanceSnapshotRepository performanceSnapshots;
    private final TapeRetention tapeRetention;
    private final OrderRepository orders;
    private final UnitOfWork unitOfWork;

    private PostgresStore(HikariDataSource ownedPool, DataSource dataSource, String schema, StoreFailures failures) {
        this.ownedPool = ownedPool;
        this.dataSource = dataSource;
        this.schema = schema;
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.sessionFactory = buildSessionFactory(dataSource);
        SqlSessionTemplate sessions = new SqlSessionTemplate(sessionFactory, ExecutorType.SIMPLE,
                new MyBatisExceptionTranslator(SQLStateSQLExceptionTranslator::new, true));
        StoreCalls calls = new StoreCalls(transactions, failures);
        this.marketTrades = new PostgresMarketTradeRepository(sessions, dataSource, calls);
        this.trades = new PostgresTradeRepository(sessions, calls);
        this.positions = new PostgresPositionRepository(sessions, calls);
        this.triggers = new PostgresTriggerRepository(sessions, calls);
        this.watermarks = new PostgresWatermarkRepository(sessions, calls);
        this.tradingStates = new PostgresTradingStateRepository(sessions, calls);
        this.ledgers = new PostgresAccountLedgerRepository(sessions, calls);
        this.riskSnapshots = new PostgresRiskSnapshotQuery(sessions, calls);
        this.decisions = new PostgresDecisionRepository(sessions, calls);
        this.candidates = new PostgresCandidateRepository(sessions, calls);
        this.alerts = new PostgresAlertRepository(sessions, calls);
        this.auditTrail = new PostgresAuditTrail(sessions, calls);
        this.riskLimitSettings = new PostgresRiskLimitSettingsRepository(sessions, calls);
        this.performanceSnapshots = new PostgresPerformanceSnapshotRepository(sessions, calls);
        this.tapeRetention = new PostgresTapeRetention(sessions, calls);
        this.orders = new PostgresOrderRepository(sessions, calls);
        this.unitOfWork = new PostgresUnitOfWork(transactions, failures);
    }

    /**
     * Opens a pool on {@code settings}, migrates the schema when {@link PostgresSettings#migrateOnStart()} and
     * validates it.
     *
     * @throws StoreUnavailableException when the server cannot be reached
     * @throws PostgresStoreException when the schema is not at the kit's migration version (and may not be migrated)
     */
    public static PostgresStore create(PostgresSettings settings) {
        Require.nonNull(settings, "settings");
        List<String> secrets = new ArrayList<>(JdbcUrls.secretsOf(settings.jdbcUrl()));
        secrets.add(settings.password());
        StoreFailures failures = new StoreFailures(secrets.toArray(String[]::new));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari(settings));
        } catch (RuntimeException e) {
            throw failures.translate("connect to " + settings.server() + " within the connect timeout of "
                    + settings.connectTimeout().toSeconds() + " s (" + settings.redactedJdbcUrl() + ")", e);
        }
        try {
            prepareSchema(pool, settings.schema(), settings.migrateOnStart(), failures);
            return new PostgresStore(pool, pool, settings.schema(), failures);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * A store on a DataSource the caller owns (and closes). Its connections must resolve tables in
     * {@code schema}, e.g. with {@code currentSchema=<schema>} on the JDBC URL; this is checked.
     */
    public static PostgresStore using(DataSource dataSource, String schema, boolean migrateOnStart) {
        Require.nonNull(dataSource, "dataSource");
        PostgresSettings.requireSchemaName(schema);
        StoreFailures failures = new StoreFailures();
        prepareSchema(dataSource, schema, migrateOnStart, failures);
        String resolved = failures.call("check the DataSource's schema", () -> currentSchema(dataSource));
        if (!schema.equals(resolved)) {
            throw new PostgresStoreException("the DataSource's connections resolve tables in schema '" + resolved
                    + "', not '" + schema + "': set currentSchema=" + schema + " on its JDBC URL (or its search_path)",
                    null, null);
        }
        return new PostgresStore(null, dataSource, schema, failures);
    }

    private static HikariConfig hikari(PostgresSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tradekit-" + settings.schema());
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        if (settings.password() != null && !settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        // a bot waiting on a dead server, or on one that accepts and never answers, gets
        // StoreUnavailableException after the connect timeout; a server frozen mid-statement after the socket timeout
        long connectSeconds = settings.connectTimeout().toSeconds();
        config.setConnectionTimeout(settings.connectTimeout().toMillis());
        config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        config.addDataSourceProperty("socketTimeout", Long.toString(settings.socketTimeout().toSeconds()));
        // every connection resolves the unqualified table names in the store's schema
        config.addDataSourceProperty("currentSchema", settings.schema());
        // which store a session belongs to, for an operator reading pg_stat_activity
        config.addDataSourceProperty("ApplicationName", "tradekit:" + settings.schema());
        // room for a bulk-ingest batch in the session's staging table (the default, 8MB, spills to disk);
        // taken only by sessions that stage a batch
        config.addDataSourceProperty("options", "-c temp_buffers=64MB");
        return config;
    }

    private static void prepareSchema(DataSource dataSource, String schema, boolean migrate, StoreFailures failures) {
        Flyway flyway = Flyway.configure(PostgresStore.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .cleanDisabled(true)
                .load();
        try {
            if (migrate) {
                flyway.migrate();
            }
            flyway.validate();
        } catch (FlywayException e) {
            // a connection lost, a permission missing, a statement timed out: the database's own failure, named as
            // such; only Flyway's own verdict (pending, missing or changed migrations) is about the version
            if (StoreFailures.isConnectionFailure(e) || StoreFailures.hasSqlState(e)) {
                throw failures.translate((migrate ? "migrate" : "validate") + " schema " + schema, e);
            }
            throw new PostgresStoreException("schema '" + schema + "' is not at tradekit's migration version"
                    + (migrate ? "" : " (migrate-on-start is off: apply the migrations or turn it on)") + ": "
                    + failures.scrub(e.getMessage()), null, e);
        }
    }

    private static String currentSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_schema()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static SqlSessionFactory buildSessionFactory(DataSource dataSource) {
        Configuration configuration = new Configuration();
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setCacheEnabled(false);
        // no result reused across statements: a unit of work re-reading a row sees what the database holds
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        configuration.getTypeHandlerRegistry().register(Instant.class, new InstantTypeHandler());
        SqlSessionFactoryBean factory = new SqlSessionFactoryBean();
        factory.setDataSource(dataSource);
        factory.setConfiguration(configuration);
        try {
            factory.setMapperLocations(new PathMatchingResourcePatternResolver().getResources(MAPPERS));
            return factory.getObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the mapper XML files at " + MAPPERS, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the MyBatis session factory: " + e.getMessage(), e);
        }
    }

    public MarketTradeRepository marketTrades() {
        return marketTrades;
    }

    public TradeRepository trades() {
        return trades;
    }

    public PositionRepository positions() {
        return positions;
    }

    public TriggerRepository triggers() {
        return triggers;
    }

    public WatermarkRepository watermarks() {
        return watermarks;
    }

    public TradingStateRepository tradingStates() {
        return tradingStates;
    }

    public AccountLedgerRepository ledgers() {
        return ledgers;
    }

    public RiskSnapshotQuery riskSnapshots() {
        return riskSnapshots;
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public CandidateRepository candidates() {
        return candidates;
    }

    public AlertRepository alerts() {
        return alerts;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public RiskLimitSettingsRepository riskLimitSettings() {
        return riskLimitSettings;
    }

    public PerformanceSnapshotRepository performanceSnapshots() {
        return performanceSnapshots;
    }

    public TapeRetention tapeRetention() {
        return tapeRetention;
    }

    public OrderRepository orders() {
        return orders;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The pool the store runs on (connections resolve tables in {@link #schema()}). */
    public DataSource dataSource() {
        return dataSource;
    }

    public String schema() {
        return schema;
    }

    /** The mapped statements, for the adapter's own tests (index usage, lint). */
    SqlSessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** Closes the pool when the store opened it; a DataSource passed to {@link #using} is left to its owner. */
    @Override
    public void close() {
        if (ownedPool != null) {
            ownedPool.close();
        }
    }
}
