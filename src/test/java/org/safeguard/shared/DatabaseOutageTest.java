package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.EdgeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A database outage, played by suspending the connection pool (every borrower waits, as when the server is gone):
 * requests answer 503 problem details within seconds, not 401 after 30 s, and readiness reports DOWN.
 */
@EdgeTest
class DatabaseOutageTest {

    @LocalServerPort
    int port;
    @Autowired
    HikariDataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void databaseComesBack() {
        dataSource.getHikariPoolMXBean().resumePool();
        System.clearProperty(THROW_IF_SUSPENDED);
    }

    /** Without it a suspended pool makes borrowers wait forever; a real outage ends in the connection timeout. */
    private static final String THROW_IF_SUSPENDED = "com.zaxxer.hikari.throwIfSuspended";

    @Test
    void duringAnOutageApiCallsFailFastWith503AndReadinessIsDown() throws Exception {
        assertThat(get("/actuator/health/readiness", false).statusCode()).isEqualTo(200);
        System.setProperty(THROW_IF_SUSPENDED, "true");
        dataSource.getHikariPoolMXBean().suspendPool();

        Instant start = Instant.now();
        HttpResponse<String> api = get("/api/v1/households", true);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.body()).contains("\"code\":\"DATABASE_UNAVAILABLE\"");
        assertThat(api.headers().firstValue("Retry-After")).isPresent();

        start = Instant.now();
        HttpResponse<String> readiness = get("/actuator/health/readiness", false);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");
        assertThat(get("/actuator/health/liveness", false).statusCode()).isEqualTo(200);

        dataSource.getHikariPoolMXBean().resumePool();
        assertThat(get("/api/v1/households", true).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", false).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(40))
                .header("Accept", "application/json");
        if (signedIn) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("finance:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
