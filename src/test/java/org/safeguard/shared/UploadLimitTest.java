package org.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safeguard.demo.DemoAccounts;
import org.safeguard.support.EdgeTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload over the limit must be refused by the real servlet container with problem details that name the limit:
 * MockMvc never parses multipart bodies against the limit, so this runs on a port.
 */
@EdgeTest
class UploadLimitTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anOversizedApiUploadAnswers413ProblemDetailsNamingTheLimit() throws Exception {
        HttpResponse<String> response = upload("/api/v1/payrolls/" + UUID.randomUUID() + "/bank-return", 64 * 1024);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"FILE_TOO_LARGE\"").contains("\"limitBytes\":2048");
    }

    @Test
    void anUploadUnderTheLimitReachesTheEndpoint() throws Exception {
        HttpResponse<String> response = upload("/api/v1/payrolls/" + UUID.randomUUID() + "/bank-return", 100);

        assertThat(response.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> upload(String path, int bytes) throws Exception {
        String boundary = "----safeguard" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"return.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "x".repeat(bytes) + "\r\n--" + boundary + "--\r\n";
        String basic = Base64.getEncoder().encodeToString(("finance:" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
