package org.safeguard.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.safeguard.support.EdgeTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The production profile's proxy settings, on a real port: behind a TLS proxy the session cookie is Secure and
 * SameSite, HSTS is sent, and plain HTTP straight to the node gets no HSTS (browsers would ignore it anyway).
 */
@EdgeTest
class ProductionHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theProductionProfileTrustsTheProxyAndSecuresTheSessionCookie() throws Exception {
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
        assertThat(production.getProperty("server.forward-headers-strategy")).contains("native");
        assertThat(production.getProperty("server.servlet.session.cookie.secure")).contains("true");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void plainHttpStraightToTheNodeGetsNoHsts() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
