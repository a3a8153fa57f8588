import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures partner-tier against a bare Quarkus app that only parses the same JSON (bench/bare-app), side by side in
 * one run, each started alone, as the portal uses it: many requests at once, not only one at a time.
 *
 * <ol>
 * <li>start-up: time to the first correct answer;</li>
 * <li>one connection: latency for 5, 10,000 and 100,000 customers (so the cost per customer);</li>
 * <li>16 connections: throughput, median and 99th percentile for 5 and 10,000 customers, after a warm-up long enough
 *     for the JIT (40 s);</li>
 * <li>16 connections, 5 customers, the two apps running at once and measured in turn, in 12 rounds of 5 s: the
 *     machine's speed drifts between runs minutes apart, so the median ratio of rounds measured back to back is the
 *     steadier figure; with the CPU time each app spent per answer;</li>
 * <li>overload A, -Xmx1400m (the heap the Kubernetes manifest gives): 4 connections posting 100,000-customer
 *     partners, with a small partner posted beside them on 2 more connections;</li>
 * <li>overload B, -Xmx256m: 16 connections posting 10,000-customer partners;</li>
 * <li>SIGTERM during overload A: how long until the process is gone;</li>
 * <li>a 100,000-customer partner alone in a 256 MB heap;</li>
 * <li>partner-tier's rule edits: time from a save to the first answer of the new rules.</li>
 * </ol>
 *
 * partner-tier runs as deployed: authentication on (a key pair made by tools/DevToken.java, a portal token on every
 * request), the decision log on, with the image's JVM options (JAVA_OPTS in src/main/docker/Dockerfile.jvm: its garbage
 * collector, among others), which the bare app gets too; each section then sets the heap itself. Load comes from wrk
 * with bench/post.lua, which counts answers by status and the 503s that carry Retry-After. Run by bench/run.sh:
 *
 *   java bench/Bench.java <partner-tier jar> <bare-app jar> [results file]
 */
public class Bench {

    private static final int PORT = 18090;
    private static final int MANAGEMENT_PORT = 19090;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String ISSUER = "https://partner-tier.bench";
    private static final int WARM_UP_SECONDS = 40;
    private static String token = "";
    /** The image's JAVA_OPTS, for both apps: the collector the service is deployed with is the one measured. */
    private static final List<String> JVM_OPTIONS = imageJvmOptions();
    /** The bare app's @NonBlocking twin of /evaluate. */
    private static final String EVENT_LOOP_PATH = "/evaluate/on-event-loop";

    record Run(double requestsPerSecond, double p50Ms, double p99Ms, double maxMs, Map<Integer, Long> statuses, long retryAfter,
            String socketErrors) {

        String statusText() {
            StringBuilder s = new StringBuilder();
            statuses.forEach((code, n) -> s.append(s.isEmpty() ? "" : ", ").append(String.format("%,d × %d", n, code)));
            return s + (retryAfter > 0 ? String.format(" (%,d with Retry-After)", retryAfter) : "");
        }
    }

    record Overload(String app, Run heavy, Run small, boolean alive, int outOfMemory, double stopSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path service = Path.of(args[0]);
        Path bare = Path.of(args[1]);
        Path out = args.length > 2 ? Path.of(args[2]) : null;

        Path work = Files.createTempDirectory("bench");
        Path keys = work.resolve("keys");
        run("java", "tools/DevToken.java", "keys", keys.toString());
        token = run("java", "tools/DevToken.java", "token", keys.toString(), "portal", "--issuer", ISSUER, "--minutes", "600").strip();
        Path rules = work.resolve("rules");
        copy(Path.of("rules"), rules);
        List<String> serviceArgs = List.of("-Dmp.jwt.verify.publickey.location=" + keys.resolve("public.pem"),
                "-Dmp.jwt.verify.issuer=" + ISSUER, "-Drules.dir=" + rules, "-Drules.reload.debounce=100ms",
                "-Dquarkus.management.port=" + MANAGEMENT_PORT);

        Map<Integer, Path> bodies = new LinkedHashMap<>();
        for (int n : new int[] {5, 10_000, 100_000}) {
            Path file = work.resolve(n + "-customers.json");
            Files.write(file, generate(n));
            bodies.put(n, file);
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format("## Benchmark %s%n%nMachine: %d cores, %s. Command: `bench/run.sh`. partner-tier runs with "
                + "authentication on (a portal token on every request) and the decision log on; the bare app parses the same "
                + "JSON into records and answers a count. Both run with the image's JAVA_OPTS (`%s`), then each section's heap.%n%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), String.join(" ", JVM_OPTIONS)));

        // 1-3: start-up, one connection, 16 connections, -Xms1g -Xmx1g.
        Map<String, Map<String, Object>> side = new LinkedHashMap<>();
        for (String app : List.of("bare", "service")) {
            boolean isService = app.equals("service");
            App running = App.start(isService ? service : bare, "1g", isService ? serviceArgs : List.of(), work.resolve(app + ".log"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("first", running.firstAnswerMs(Files.readAllBytes(bodies.get(5))));
            for (Map.Entry<Integer, Path> b : bodies.entrySet()) {
                check(post(Files.readAllBytes(b.getValue())), app);
                wrk(b.getValue(), 1, 1, 10, "60s");
                m.put("one-" + b.getKey(), wrk(b.getValue(), 1, 1, b.getKey() == 100_000 ? 20 : 10, "60s"));
            }
            for (int n : new int[] {5, 10_000}) {
                wrk(bodies.get(n), 16, 2, WARM_UP_SECONDS, "30s");
                m.put("many-" + n, wrk(bodies.get(n), 16, 2, 20, "30s"));
                if (!isService) {
                    // The same parse on the event loop (@NonBlocking), as partner-tier decides small partners.
                    wrk(EVENT_LOOP_PATH, bodies.get(n), 16, 2, WARM_UP_SECONDS / 2, "30s");
                    m.put("many-event-loop-" + n, wrk(EVENT_LOOP_PATH, bodies.get(n), 16, 2, 20, "30s"));
                }
            }
            m.put("rss", running.maxRssKb());
            if (isService) {
                m.put("reload", reload(rules, Files.readAllBytes(bodies.get(5)), running.log));
            }
            running.stop();
            side.put(app, m);
        }
        report.append(tables(side));
        report.append(alternating(service, bare, serviceArgs, bodies.get(5), work));

        // 4-6: overload.
        List<Overload> overloads = new ArrayList<>();
        for (String app : List.of("bare", "service")) {
            boolean isService = app.equals("service");
            overloads.add(overload(app + " A", isService ? service : bare, "1400m", isService ? serviceArgs : List.of(),
                    bodies.get(100_000), 4, bodies.get(5), true, work));
            overloads.add(overload(app + " B", isService ? service : bare, "256m", isService ? serviceArgs : List.of(),
                    bodies.get(10_000), 16, null, false, work));
        }
        report.append(overloadTable(overloads));

        // 7: a 100,000-customer partner alone in a 256 MB heap.
        App small = App.start(service, "256m", serviceArgs, work.resolve("alone.log"));
        List<String> alone = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = post(Files.readAllBytes(bodies.get(100_000)));
            alone.add(answer.statusCode() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        boolean aloneAlive = small.process.isAlive();
        small.stop();
        report.append(String.format("%nA 100,000-customer partner (24 MB) alone, -Xmx256m, three times in a row: %s%s.%n",
                String.join(", ", alone), aloneAlive ? "" : "; the process died"));

        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report.toString());
        }
    }

    /** Heavy requests on {@code connections} for 30 s (and a small partner beside them), then SIGTERM. */
    private static Overload overload(String name, Path jar, String heap, List<String> args, Path heavy, int connections,
            Path smallBody, boolean sigterm, Path work) throws Exception {
        List<String> withOom = new ArrayList<>(args);
        withOom.add("-XX:+ExitOnOutOfMemoryError");
        App app = App.start(jar, heap, withOom, work.resolve(name.replace(' ', '-') + ".log"));
        CompletableFuture<Run> small = smallBody == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        Thread.sleep(3_000); // once the large ones are in flight
                        return wrk(smallBody, 2, 1, 25, "30s");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        Run heavyRun = wrk(heavy, connections, 2, 30, "30s");
        Run smallRun = small.get();
        boolean alive = app.process.isAlive();
        double stop = Double.NaN;
        if (sigterm && alive) {
            CompletableFuture<Run> during = CompletableFuture.supplyAsync(() -> {
                try {
                    return wrk(heavy, connections, 2, 40, "30s");
                } catch (Exception e) {
                    return null;
                }
            });
            Thread.sleep(8_000);
            stop = app.stop();
            during.cancel(true);
        } else {
            app.stop();
        }
        int oom = countOccurrences(Files.readString(app.log), "OutOfMemoryError");
        return new Overload(name, heavyRun, smallRun, alive, oom, stop);
    }

    /** Rounds of the alternating measurement, and the seconds of each app's turn in a round. */
    private static final int ROUNDS = 12;
    private static final int TURN_SECONDS = 5;

    /**
     * 5 customers at 16 connections with both apps running (each on its own port, the idle one waiting), warmed up in
     * turn, then measured in {@value #ROUNDS} rounds of {@value #TURN_SECONDS} s each, the app that goes first
     * alternating: the machine's speed drifts by 10 to 20% over minutes here, and short turns side by side put the same
     * drift on both, so the median of the rounds' ratios is the steady figure (the same time per app as three 20-second
     * pairs, which scattered from 0.48x to 0.69x). Also the CPU time each app used per answer, which depends far less
     * than answers per second on how much of the 2 cores wrk took (only through shared caches and the JVM's own threads).
     */
    private static String alternating(Path service, Path bare, List<String> serviceArgs, Path body, Path work) throws Exception {
        StringBuilder t = new StringBuilder("\n### 16 connections, 5 customers, the two apps measured in turn, " + ROUNDS + " rounds\n\n");
        t.append("Both apps running at once (-Xmx1g each), each warmed up for " + WARM_UP_SECONDS + " s, then " + ROUNDS + " rounds of "
                + TURN_SECONDS + " s of each in turn (the bare app first in odd rounds, partner-tier first in even ones). CPU per "
                + "answer: the process's user and system time over the answers it gave in its turn.\n\n");
        t.append("| round | bare: answers/s | partner-tier: answers/s | ratio | bare: p99 | partner-tier: p99 | bare: CPU per answer "
                + "| partner-tier: CPU per answer |\n|---|---|---|---|---|---|---|---|\n");
        App b = null;
        App s = null;
        try {
            b = App.start(bare, "1g", List.of(), work.resolve("pair-bare.log"), PORT);
            s = App.start(service, "1g", serviceArgs, work.resolve("pair-service.log"), PORT + 1);
            wrk(b.port, "/evaluate", body, 16, 2, WARM_UP_SECONDS, "30s");
            wrk(s.port, "/evaluate", body, 16, 2, WARM_UP_SECONDS, "30s");
            List<Double> ratios = new ArrayList<>();
            List<Double> p99Ratios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            Map<Integer, Long> bareStatuses = new TreeMap<>();
            Map<Integer, Long> serviceStatuses = new TreeMap<>();
            for (int round = 1; round <= ROUNDS; round++) {
                Measured mb = null;
                Measured ms = null;
                if (round % 2 == 1) {
                    mb = measured(b, body);
                    ms = measured(s, body);
                } else {
                    ms = measured(s, body);
                    mb = measured(b, body);
                }
                double ratio = ms.run().requestsPerSecond() / mb.run().requestsPerSecond();
                ratios.add(ratio);
                p99Ratios.add(ms.run().p99Ms() / mb.run().p99Ms());
                cpuRatios.add(ms.cpuMicrosPerAnswer() / mb.cpuMicrosPerAnswer());
                mb.run().statuses().forEach((code, n) -> bareStatuses.merge(code, n, Long::sum));
                ms.run().statuses().forEach((code, n) -> serviceStatuses.merge(code, n, Long::sum));
                t.append(String.format("| %d | %,.0f | %,.0f | %.3fx | %s | %s | %.0f µs | %.0f µs |%n", round,
                        mb.run().requestsPerSecond(), ms.run().requestsPerSecond(), ratio, ms(mb.run().p99Ms()), ms(ms.run().p99Ms()),
                        mb.cpuMicrosPerAnswer(), ms.cpuMicrosPerAnswer()));
            }
            t.append(String.format("%nMedian of the %d rounds: answers/s **%.3fx** (rounds %.3fx to %.3fx; %d of %d at 0.5x or more), "
                    + "p99 **%.3fx** (%.2fx to %.2fx), CPU per answer %.2fx. Answers: bare %s; partner-tier %s.%n",
                    ROUNDS, median(ratios), min(ratios), max(ratios), ratios.stream().filter(r -> r >= 0.5).count(), ROUNDS,
                    median(p99Ratios), min(p99Ratios), max(p99Ratios), median(cpuRatios),
                    new Run(0, 0, 0, 0, bareStatuses, 0, "").statusText(), new Run(0, 0, 0, 0, serviceStatuses, 0, "").statusText()));
        } finally {
            if (b != null) {
                b.stop();
            }
            if (s != null) {
                s.stop();
            }
        }
        return t.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** One turn of 16 connections and the CPU time the app spent in it per answer. */
    record Measured(Run run, double cpuMicrosPerAnswer) {
    }

    private static Measured measured(App app, Path body) throws Exception {
        long before = app.cpuTicks();
        Run run = wrk(app.port, "/evaluate", body, 16, 2, TURN_SECONDS, "30s");
        return new Measured(run, cpuMicrosPerAnswer(app.cpuTicks() - before, run));
    }

    /** CPU time per answer in µs, from the clock ticks spent during the run and the answers post.lua counted. */
    private static double cpuMicrosPerAnswer(long ticks, Run run) {
        long answers = run.statuses().values().stream().mapToLong(Long::longValue).sum();
        return answers == 0 ? Double.NaN : ticks * 1e6 / CLOCK_TICKS_PER_SECOND / answers;
    }

    /** Linux's USER_HZ, the unit of the CPU times in /proc/PID/stat (getconf CLK_TCK; 100 on every common kernel). */
    private static final long CLOCK_TICKS_PER_SECOND = clockTicks();

    private static long clockTicks() {
        try {
            return Long.parseLong(run("getconf", "CLK_TCK").strip());
        } catch (Exception e) {
            return 100;
        }
    }

    private static String tables(Map<String, Map<String, Object>> side) {
        Map<String, Object> b = side.get("bare");
        Map<String, Object> s = side.get("service");
        StringBuilder t = new StringBuilder();
        t.append("### As the portal uses it: 16 connections, -Xmx1g\n\n");
        t.append("The bare app's endpoint runs on a worker thread (Quarkus' default for a method that returns a plain object, "
                + "as in issue 11's measurement); the last bare column is the same parse in a `@NonBlocking` endpoint (on the "
                + "event loop for a body within Quarkus' default 10 KB input buffer, as partner-tier decides small partners; a "
                + "10,000-customer body is parsed on a worker thread there too).\n\n");
        t.append("| | bare Quarkus (parse only) | partner-tier | ratio | bare, on the event loop | ratio |\n|---|---|---|---|---|---|\n");
        for (int n : new int[] {5, 10_000}) {
            Run rb = (Run) b.get("many-" + n);
            Run rs = (Run) s.get("many-" + n);
            Run re = (Run) b.get("many-event-loop-" + n);
            t.append(String.format("| %,d customers: answers/s | %,.0f | %,.0f | **%.3fx** | %,.0f | %.2fx |%n", n, rb.requestsPerSecond(),
                    rs.requestsPerSecond(), rs.requestsPerSecond() / rb.requestsPerSecond(), re.requestsPerSecond(),
                    rs.requestsPerSecond() / re.requestsPerSecond()));
            t.append(String.format("| %,d customers: median, p99 | %s, %s | %s, %s | p99 **%.3fx** | %s, %s | p99 %.2fx |%n", n, ms(rb.p50Ms()),
                    ms(rb.p99Ms()), ms(rs.p50Ms()), ms(rs.p99Ms()), rs.p99Ms() / rb.p99Ms(), ms(re.p50Ms()), ms(re.p99Ms()),
                    rs.p99Ms() / re.p99Ms()));
            t.append(String.format("| %,d customers: answers | %s | %s | | %s | |%n", n, rb.statusText(), rs.statusText(), re.statusText()));
        }
        t.append("\n### One request at a time (one connection), -Xmx1g\n\n");
        t.append("| | bare Quarkus (parse only) | partner-tier | ratio |\n|---|---|---|---|\n");
        t.append(String.format("| first answer after start | %,.0f ms | %,.0f ms | +%,.0f ms |%n", (double) b.get("first"),
                (double) s.get("first"), (double) s.get("first") - (double) b.get("first")));
        for (int n : new int[] {5, 10_000, 100_000}) {
            Run rb = (Run) b.get("one-" + n);
            Run rs = (Run) s.get("one-" + n);
            t.append(String.format("| %,d customers: median (p99) | %s (%s) | %s (%s) | %.2fx |%n", n, ms(rb.p50Ms()), ms(rb.p99Ms()),
                    ms(rs.p50Ms()), ms(rs.p99Ms()), rs.p50Ms() / rb.p50Ms()));
        }
        for (int n : new int[] {10_000, 100_000}) {
            t.append(String.format("| %,d customers: per customer | %.1f µs | %.1f µs | |%n", n, 1000 * ((Run) b.get("one-" + n)).p50Ms() / n,
                    1000 * ((Run) s.get("one-" + n)).p50Ms() / n));
        }
        t.append(String.format("| resident memory, max during these runs | %,d MB | %,d MB | %.2fx |%n", (long) b.get("rss") / 1024,
                (long) s.get("rss") / 1024, (double) (long) s.get("rss") / (long) b.get("rss")));
        t.append("\npartner-tier ").append(s.get("reload")).append(".\n");
        return t.toString();
    }

    private static String overloadTable(List<Overload> runs) {
        StringBuilder t = new StringBuilder("\n### Overload: 30 s of requests, then SIGTERM while they go on\n\n");
        t.append("A: -Xmx1400m, 4 connections × 100,000 customers, and a 5-customer partner on 2 connections beside them. "
                + "B: -Xmx256m, 16 connections × 10,000 customers. Every client waits up to 30 s for an answer.\n\n");
        t.append("| run | answers | answers/s | median, p99, max | small partner beside: answers, p99 | out of memory | stopped after SIGTERM |\n");
        t.append("|---|---|---|---|---|---|---|\n");
        for (Overload o : runs) {
            t.append(String.format("| %s | %s%s | %.1f | %s, %s, %s | %s | %s | %s |%n", o.app(), o.heavy().statusText(),
                    o.heavy().socketErrors().isEmpty() ? "" : "; " + o.heavy().socketErrors(), o.heavy().requestsPerSecond(),
                    ms(o.heavy().p50Ms()), ms(o.heavy().p99Ms()), ms(o.heavy().maxMs()),
                    o.small() == null ? "" : o.small().statusText() + ", " + ms(o.small().p99Ms()),
                    o.outOfMemory() == 0 && o.alive() ? "no" : (o.outOfMemory() > 0 ? "**yes**" : "") + (o.alive() ? "" : " (died)"),
                    Double.isNaN(o.stopSeconds()) ? "" : String.format("%.1f s", o.stopSeconds())));
        }
        return t.toString();
    }

    private static String ms(double ms) {
        return ms >= 1000 ? String.format("%.2f s", ms / 1000) : ms >= 10 ? String.format("%.0f ms", ms) : String.format("%.2f ms", ms);
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern MAX = Pattern.compile("^\\s+Latency\\s+\\S+\\s+\\S+\\s+([0-9.]+)(us|ms|s|m)", Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern STATUSES = Pattern.compile("^statuses(.*) retryAfter=(\\d+)$", Pattern.MULTILINE);
    private static final Pattern SOCKET = Pattern.compile("Socket errors: (.*)");

    /** wrk: {@code connections} keep posting the body for {@code seconds}; each waits up to {@code timeout}. */
    private static Run wrk(Path body, int connections, int threads, int seconds, String timeout) throws IOException, InterruptedException {
        return wrk("/evaluate", body, connections, threads, seconds, timeout);
    }

    /** wrk on another path of the app. */
    private static Run wrk(String path, Path body, int connections, int threads, int seconds, String timeout) throws IOException, InterruptedException {
        return wrk(PORT, path, body, connections, threads, seconds, timeout);
    }

    /** wrk on an app listening on another port. */
    private static Run wrk(int port, String path, Path body, int connections, int threads, int seconds, String timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--timeout", timeout,
                "--latency", "-s", Path.of("bench", "post.lua").toString(), "http://127.0.0.1:" + port + path).redirectErrorStream(true);
        builder.environment().put("BODY", body.toString());
        builder.environment().put("TOKEN", token);
        Process wrk = builder.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Map<Integer, Long> statuses = new TreeMap<>();
        long retryAfter = 0;
        Matcher st = STATUSES.matcher(out);
        if (st.find()) {
            for (String pair : st.group(1).trim().split("\\s+")) {
                if (!pair.isEmpty()) {
                    String[] kv = pair.split("=");
                    statuses.put(Integer.parseInt(kv[0]), Long.parseLong(kv[1]));
                }
            }
            retryAfter = Long.parseLong(st.group(2));
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double ms = toMs(m.group(2), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        Matcher max = MAX.matcher(out);
        Matcher rate = RATE.matcher(out);
        Matcher socket = SOCKET.matcher(out);
        return new Run(rate.find() ? Double.parseDouble(rate.group(1)) : 0, p50, p99, max.find() ? toMs(max.group(1), max.group(2)) : Double.NaN,
                statuses, retryAfter, socket.find() ? "socket errors: " + socket.group(1) : "");
    }

    private static double toMs(String value, String unit) {
        return Double.parseDouble(value) * switch (unit) {
            case "us" -> 0.001;
            case "ms" -> 1;
            case "s" -> 1_000;
            default -> 60_000;
        };
    }

    /** Edits the mature Silver threshold back and forth; each edit's time until the answers change. */
    private static String reload(Path rules, byte[] request, Path log) throws Exception {
        Path performance = rules.resolve("performance.drl");
        String original = Files.readString(performance);
        List<Double> untilAnswered = new ArrayList<>();
        String before = version(post(request).body());
        for (int i = 0; i < 5; i++) {
            Files.writeString(performance, original.replace("Requirement.PERFORMANCE, 2000,", "Requirement.PERFORMANCE, " + (2001 + i) + ","));
            long edited = System.nanoTime();
            String now;
            do {
                Thread.sleep(5);
                now = version(post(request).body());
            } while (now.equals(before));
            untilAnswered.add((System.nanoTime() - edited) / 1e6);
            before = now;
            Thread.sleep(500);
        }
        List<String> loads = new ArrayList<>();
        Matcher m = Pattern.compile("active \\(was [0-9a-f]+\\).*loaded in (\\d+) ms").matcher(Files.readString(log));
        while (m.find()) {
            loads.add(m.group(1));
        }
        Files.writeString(performance, original);
        return "rule edits: answers changed after " + untilAnswered.stream().map(d -> String.format("%.0f", d)).toList()
                + " ms (of which 100 ms debounce); compile + warm-up took " + loads + " ms";
    }

    private static String version(String body) {
        Matcher m = Pattern.compile("\"rulesVersion\":\"([0-9a-f]+)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return post(PORT, body);
    }

    private static HttpResponse<String> post(int port, byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/evaluate"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> answer, String app) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(app + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** One app, started alone, with its log in a file and its resident memory sampled every 50 ms. */
    private static final class App {
        final Process process;
        final Path log;
        final long started;
        final AtomicLong maxRss = new AtomicLong();
        final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        final int port;

        private App(Process process, Path log, long started, int port) {
            this.process = process;
            this.port = port;
            this.log = log;
            this.started = started;
            sampler.scheduleAtFixedRate(() -> maxRss.accumulateAndGet(rssKb(process.pid()), Math::max), 0, 50, TimeUnit.MILLISECONDS);
        }

        static App start(Path jar, String heap, List<String> args, Path log) throws Exception {
            return start(jar, heap, args, log, PORT);
        }

        static App start(Path jar, String heap, List<String> args, Path log, int port) throws Exception {
            List<String> command = new ArrayList<>(List.of("java"));
            command.addAll(JVM_OPTIONS);
            command.addAll(List.of("-Xms" + heap, "-Xmx" + heap, "-Dquarkus.http.port=" + port));
            command.addAll(args);
            command.addAll(List.of("-jar", jar.toString()));
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            App app = new App(process, log, started, port);
            app.awaitReady();
            return app;
        }

        private void awaitReady() throws Exception {
            byte[] small = "{\"partnerId\":\"ready\",\"market\":\"MATURE\"}".getBytes(StandardCharsets.UTF_8);
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("exited: " + Files.readString(log));
                }
                try {
                    if (post(port, small).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
        }

        /** From the start of the JVM to the first correct answer to a 5-customer request. */
        double firstAnswerMs(byte[] body) throws Exception {
            return (System.nanoTime() - started) / 1e6;
        }

        long maxRssKb() {
            return maxRss.get();
        }

        /** User and system CPU time the process has used so far, in clock ticks (Linux's USER_HZ, usually 100 a second). */
        long cpuTicks() throws IOException {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime: fields 14 and 15 of stat
        }

        /** SIGTERM, then the seconds until the process is gone (it is killed after 60 s). */
        double stop() throws InterruptedException {
            sampler.shutdownNow();
            long start = System.nanoTime();
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone
        }
        return 0;
    }

    private static int countOccurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> imageJvmOptions() {
        try {
            // The ENV line's JAVA_OPTS="...", not an example in a comment.
            Matcher options = Pattern.compile("^\\s+JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE)
                    .matcher(Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm")));
            if (!options.find()) {
                throw new IllegalStateException("no JAVA_OPTS in src/main/docker/Dockerfile.jvm (run from the repository's root)");
            }
            String value = options.group(1).trim();
            return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static byte[] generate(int customers) throws Exception {
        Process p = new ProcessBuilder("java", "bench/GenerateRequest.java", String.valueOf(customers)).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("generating a request failed");
        }
        return out.toByteArray();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
