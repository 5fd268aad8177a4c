// Load client for bench/soak.sh, run as its own process (java bench/SoakLoad.java base minutes threads): mixed casework
// for `minutes` from `threads` threads as the demo township worker and reviewer: work queues, a case and its timeline,
// household lists, the dibao calculator, registering an application and its ACCEPT step, and a page or two. Every
// minute it prints requests, errors (a 5xx or a transport failure; 4xx answers to racing steps are counted apart),
// p95 and the heap's live data after the last GC (admin metrics). At the end: the first and the last minute side by
// side, as ratios. Loopback only.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SoakLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PASSWORD = "Safeguard-Demo-2020";
    static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    static final Pattern HOUSEHOLD = Pattern.compile("\"householdId\":\"([0-9a-f-]{36})\"");
    static final String CALC = """
            {"regionCode":"420106006001","referenceDate":"%s","hukouType":"URBAN","members":[{"ref":"A","birthDate":"1970-01-01",
            "counted":true,"incomes":[{"type":"WAGE","amount":1200}]}]}""";

    static final AtomicLong requests = new AtomicLong();
    static final AtomicLong errors = new AtomicLong();
    static final AtomicLong refusals = new AtomicLong();
    static final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int minutes = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
            throw new IllegalArgumentException("load is only ever sent to loopback");
        }
        List<String> households = new ArrayList<>();
        Matcher m = HOUSEHOLD.matcher(get(base, "worker", "/api/v1/households?regionCode=420106006000&size=100").body());
        while (m.find()) {
            households.add(m.group(1));
        }
        Instant end = Instant.now().plus(Duration.ofMinutes(minutes));
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (Instant.now().isBefore(end)) {
                    step(base, households);
                }
            });
            w.start();
            workers.add(w);
        }
        List<long[]> perMinute = new ArrayList<>();
        long lastRequests = 0;
        long lastErrors = 0;
        System.out.println("minute  requests  errors  4xx-refusals  p95-ms  heap-live-MB");
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Duration.ofMinutes(1).toMillis());
            List<Long> window;
            synchronized (latencies) {
                window = new ArrayList<>(latencies);
                latencies.clear();
            }
            Collections.sort(window);
            long p95 = window.isEmpty() ? 0 : window.get((int) Math.min(window.size() - 1, Math.floor(window.size() * 0.95)));
            long heap = heapLiveMb(base);
            long r = requests.get() - lastRequests;
            long e = errors.get() - lastErrors;
            lastRequests = requests.get();
            lastErrors = errors.get();
            perMinute.add(new long[] {r, e, p95, heap});
            System.out.printf("%6d  %8d  %6d  %12d  %6d  %12d%n", minute, r, e, refusals.get(), p95, heap);
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] first = perMinute.get(0);
        long[] last = perMinute.get(perMinute.size() - 1);
        System.out.printf("total: %d requests, %d errors (5xx or transport), %d 4xx refusals of racing steps%n",
                requests.get(), errors.get(), refusals.get());
        System.out.printf("last minute / first minute: throughput %.2f, p95 %.2f, heap live data %.2f%n",
                (double) last[0] / first[0], (double) last[2] / Math.max(1, first[2]), (double) last[3] / Math.max(1, first[3]));
    }

    static void step(String base, List<String> households) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int pick = rnd.nextInt(100);
        try {
            if (pick < 30) {
                timed(get(base, "worker", "/api/v1/cases?queue=" + (rnd.nextBoolean() ? "mine" : "due") + "&size=20"));
            } else if (pick < 45) {
                HttpResponse<String> q = timed(get(base, "worker", "/api/v1/cases?queue=mine&size=50"));
                Matcher m = ID.matcher(q.body());
                if (m.find()) {
                    String id = m.group(1);
                    timed(get(base, "worker", "/api/v1/cases/" + id));
                    timed(get(base, "worker", "/api/v1/cases/" + id + "/transitions"));
                }
            } else if (pick < 60) {
                timed(get(base, "worker", "/api/v1/households?regionCode=420106006001&size=20&page=" + rnd.nextInt(3)));
            } else if (pick < 75) {
                timed(post(base, "worker", "/api/v1/calculations/dibao", CALC.formatted(LocalDate.now())));
            } else if (pick < 85 && !households.isEmpty()) {
                String h = households.get(rnd.nextInt(households.size()));
                HttpResponse<String> r = timed(post(base, "worker", "/api/v1/dibao/applications",
                        "{\"householdId\":\"" + h + "\",\"channel\":\"WINDOW\",\"submittedOn\":\"" + LocalDate.now() + "\"}"));
                Matcher m = ID.matcher(r.body());
                Matcher v = Pattern.compile("\"version\":(\\d+)").matcher(r.body());
                if (r.statusCode() == 201 && m.find() && v.find()) {
                    timed(post(base, "worker", "/api/v1/dibao/applications/" + m.group(1) + "/actions/ACCEPT",
                            "{\"on\":\"" + LocalDate.now() + "\",\"commitment\":true,\"version\":" + v.group(1) + "}"));
                }
            } else {
                timed(get(base, "reviewer", "/api/v1/cases?queue=team&size=20"));
            }
        } catch (Exception e) {
            requests.incrementAndGet();
            errors.incrementAndGet();
        }
    }

    static HttpResponse<String> timed(HttpResponse<String> r) {
        requests.incrementAndGet();
        if (r.statusCode() >= 500) {
            errors.incrementAndGet();
        } else if (r.statusCode() >= 400) {
            refusals.incrementAndGet();
        }
        return r;
    }

    static long heapLiveMb(String base) {
        try {
            // the Prometheus endpoint is the one the application exposes to administrators
            String text = send(base, "admin", HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .header("Accept", "text/plain").GET()).body();
            Matcher m = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*\\})? ([0-9.E+]+)").matcher(text);
            return m.find() ? (long) (Double.parseDouble(m.group(1)) / (1024 * 1024)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static HttpResponse<String> get(String base, String user, String path) throws Exception {
        return send(base, user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    static HttpResponse<String> post(String base, String user, String path, String json) throws Exception {
        return send(base, user, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> send(String base, String user, HttpRequest.Builder b) throws Exception {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        long t = System.nanoTime();
        HttpRequest built = b.timeout(Duration.ofSeconds(30)).build();
        if (built.headers().firstValue("Accept").isEmpty()) {
            built = HttpRequest.newBuilder(built, (n, v) -> true).header("Accept", "application/json").build();
        }
        HttpResponse<String> r = CLIENT.send(built,
                HttpResponse.BodyHandlers.ofString());
        latencies.add((System.nanoTime() - t) / 1_000_000);
        return r;
    }
}
