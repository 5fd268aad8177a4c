package org.safeguard.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load generator meant to run as its own process (the benchmark starts it with ProcessBuilder):
 * sends a bounded number of search requests to a Safeguard on loopback and prints latency percentiles.
 *
 * <p>Arguments: baseUrl user password queriesFile kind(idNumber|name) requests concurrency
 */
public final class SearchLoadClient {

    private SearchLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("load is only ever sent to loopback");
        }
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        List<String> queries = Files.readAllLines(Path.of(args[3]));
        String kind = args[4];
        int requests = Integer.parseInt(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger hits = new AtomicInteger();
        int warmup = Math.min(200, requests / 10);
        for (int i = 0; i < warmup; i++) {
            client.send(request(base, auth, kind, queries.get(i % queries.size())), HttpResponse.BodyHandlers.ofString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Random random = new Random(t);
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests) {
                    String q = queries.get(random.nextInt(queries.size()));
                    long t0 = System.nanoTime();
                    try {
                        var response = client.send(request(base, auth, kind, q), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else if (!response.body().contains("\"items\":[]")) {
                            hits.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        System.out.printf("search by %s: %d requests, concurrency %d, %.0f req/s, %d with results, %d failed%n",
                kind, requests, concurrency, requests / seconds, hits.get(), failures.get());
        System.out.printf("  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(latencies, 0.50), ms(latencies, 0.95),
                ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6);
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static HttpRequest request(String base, String auth, String kind, String value) {
        if (kind.equals("idNumber")) {
            // The ID number travels in the body, as the UI does, to keep it out of URLs and access logs.
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/households/search"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"idNumber\":\"" + value + "\"}")).build();
        }
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/households?name=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                .header("Authorization", auth).GET().build();
    }
}
