// Load client for bench/two-nodes.sh, run as its own process (java bench/TwoNodeLoad.java ...): registers dibao
// applications, then sends `actions` concurrent ACCEPT actions, `perCase` per case (repeated submissions of the same
// step), first all to node 1 (the single-node baseline), then alternating between the nodes. Counts per case: answers
// by status, ACCEPT transitions recorded. A case is "lost" when an ACCEPT was answered 200 but no ACCEPT transition
// exists, "duplicated" when it has more than one ACCEPT transition or more than one 200.
// Arguments: node1Url node2Url actions perCase [region].
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class TwoNodeLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("worker:Safeguard-Demo-2020".getBytes(StandardCharsets.UTF_8));
    static final Pattern UUID_FIELD = Pattern.compile("\"(householdId|id)\":\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String node1 = args[0];
        String node2 = args[1];
        int actions = Integer.parseInt(args[2]);
        int perCase = Integer.parseInt(args[3]);
        String region = args.length > 4 ? args[4] : "420106006000";
        for (String base : List.of(node1, node2)) {
            if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
                throw new IllegalArgumentException("load is only ever sent to loopback");
            }
        }
        int cases = actions / perCase;
        List<String> apps = register(node1, region, cases * 2);
        if (apps.size() < cases * 2) {
            throw new IllegalStateException("only " + apps.size() + " applications could be registered; need " + cases * 2);
        }
        Result single = run(apps.subList(0, cases), perCase, node1, node1);
        Result two = run(apps.subList(cases, cases * 2), perCase, node1, node2);
        System.out.println("two nodes: " + single.describe("single node (baseline)"));
        System.out.println("two nodes: " + two.describe("two nodes"));
        System.out.printf("two nodes: throughput ratio two nodes / single node = %.2f; lost %d, duplicated %d, 5xx %d%n",
                two.perSecond() / single.perSecond(), two.lost, two.duplicated, two.status5xx());
    }

    record Result(int cases, int perCase, double seconds, Map<Integer, AtomicInteger> statuses, int lost, int duplicated) {
        double perSecond() {
            return (double) cases * perCase / seconds;
        }

        int status5xx() {
            return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(e -> e.getValue().get()).sum();
        }

        String describe(String name) {
            return String.format("%s: %d concurrent ACCEPT actions on %d cases in %.2f s = %.0f actions/s; answers by status (0 = no answer in 60 s) %s; "
                    + "lost %d, duplicated %d, 5xx %d", name, cases * perCase, cases, seconds, perSecond(), statuses, lost,
                    duplicated, status5xx());
        }
    }

    static Result run(List<String> apps, int perCase, String first, String second) throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> oks = new ConcurrentHashMap<>();
        // acceptance on the applicant's commitment (materials to follow): the precondition holds without a checklist
        // every submission carries the version the client read before sending, as a real client does
        Map<String, String> bodies = new ConcurrentHashMap<>();
        for (String app : apps) {
            Matcher v = Pattern.compile("\"version\":(\\d+)").matcher(get(first + "/api/v1/dibao/applications/" + app).body());
            bodies.put(app, "{\"on\":\"" + LocalDate.now() + "\",\"commitment\":true,\"version\":" + (v.find() ? v.group(1) : "0") + "}");
        }
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (String app : apps) {
            for (int k = 0; k < perCase; k++) {
                String node = k % 2 == 0 ? first : second;
                futures.add(pool.submit(() -> {
                    int status;
                    try {
                        status = post(node + "/api/v1/dibao/applications/" + app + "/actions/ACCEPT", bodies.get(app)).statusCode();
                    } catch (java.net.http.HttpTimeoutException e) {
                        status = 0; // no answer within the timeout: counted under 0, never as success
                    }
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    if (status == 200) {
                        oks.computeIfAbsent(app, a -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int lost = 0;
        int duplicated = 0;
        for (String app : apps) {
            String transitions = get(first + "/api/v1/dibao/applications/" + app + "/transitions").body();
            int accepts = count(transitions, "\"action\":\"ACCEPT\"");
            int answered = oks.getOrDefault(app, new AtomicInteger()).get();
            if (answered > 0 && accepts == 0) {
                lost++;
            }
            if (accepts > 1 || answered > 1) {
                duplicated++;
            }
        }
        return new Result(apps.size(), perCase, seconds, new java.util.TreeMap<>(statuses), lost, duplicated);
    }

    /** Registers applications for households of the region (a household with an open one is skipped). */
    static List<String> register(String node, String region, int wanted) throws Exception {
        Set<String> households = new LinkedHashSet<>();
        for (int page = 0; households.size() < wanted * 2 && page < 200; page++) {
            String json = get(node + "/api/v1/households?regionCode=" + region + "&size=100&page=" + page).body();
            Matcher m = UUID_FIELD.matcher(json);
            int before = households.size();
            while (m.find()) {
                if (m.group(1).equals("householdId")) {
                    households.add(m.group(2));
                }
            }
            if (households.size() == before) {
                break;
            }
        }
        List<String> apps = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger remaining = new AtomicInteger(wanted);
        String today = LocalDate.now().toString();
        for (String h : households) {
            futures.add(pool.submit(() -> {
                if (remaining.get() <= 0) {
                    return null;
                }
                HttpResponse<String> r = post(node + "/api/v1/dibao/applications",
                        "{\"householdId\":\"" + h + "\",\"channel\":\"WINDOW\",\"submittedOn\":\"" + today + "\"}");
                if (r.statusCode() != 201) {
                    return null; // the household already has an open application
                }
                Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(r.body());
                if (m.find() && remaining.getAndDecrement() > 0) {
                    apps.add(m.group(1));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new ArrayList<>(apps);
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", AUTH)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
