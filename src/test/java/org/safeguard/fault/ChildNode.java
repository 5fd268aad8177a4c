package org.safeguard.fault;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.safeguard.demo.DemoAccounts;

/**
 * Safeguard as a real operating-system process on PostgreSQL, started from the test's own class path, so that a test
 * can kill it with SIGKILL (no shutdown hook, no hand-over, nothing flushed) and start it again. Its log goes to
 * {@code target/fault/<name>.log}.
 */
final class ChildNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ChildNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts a node of {@code cluster} on the database; returns once it is ready for traffic. */
    static ChildNode start(String name, String url, String user, String cluster, List<String> extraArgs) throws Exception {
        ChildNode node = launch(name, url, user, cluster, extraArgs);
        node.awaitReady();
        return node;
    }

    /** Starts the process and returns at once; see {@link #awaitReady()}. */
    static ChildNode launch(String name, String url, String user, String cluster, List<String> extraArgs) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Path.of("target", "fault");
        Files.createDirectories(dir);
        Path log = dir.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.safeguard.SafeguardApplication",
                "--spring.profiles.active=postgres",
                "--SAFEGUARD_DB_URL=" + url, "--SAFEGUARD_DB_USER=" + user,
                "--server.port=" + port,
                "--safeguard.jobs.cluster=" + cluster, "--safeguard.jobs.node-name=" + name,
                "--safeguard.jobs.polling-interval=1s", "--safeguard.jobs.heartbeat=1s",
                "--safeguard.jobs.missed-heartbeats=4", "--safeguard.payroll.retry-after=1s",
                "--logging.level.root=WARN", "--logging.level.org.safeguard=INFO"));
        cmd.addAll(extraArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .directory(new File(".")).start();
        return new ChildNode(name, port, log, p);
    }

    void awaitReady() {
        org.awaitility.Awaitility.await(name + " ready for traffic (see " + log + ")").atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500)).until(this::ready);
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP");
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String name() {
        return name;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A JSON POST as a demo account; answers status and body. */
    HttpResponse<String> post(String user, String path, String json) throws Exception {
        String auth = Base64.getEncoder().encodeToString((user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST of one file (form field {@code file}) as a demo account; answers status and body. */
    HttpResponse<String> upload(String user, String path, String fileName, byte[] content) throws Exception {
        String boundary = "fault-" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = Base64.getEncoder().encodeToString((user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Basic " + auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET as a demo account (or anonymous when {@code user} is null); answers status and body. */
    HttpResponse<String> get(String user, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: the process gets no chance to hand anything over. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
