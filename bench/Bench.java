import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures partner-tier against a bare Quarkus app that only parses the same JSON (bench/bare-app), side by
 * side in one run, each started alone with the same heap: time to the first correct answer, latency for 5,
 * 10,000 and 100,000 customers (and so the cost per customer), resident memory under that load, and for
 * partner-tier the time a rule edit takes to change the answers. Latency is measured with wrk, one connection.
 * Run by bench/run.sh (which installs wrk from Debian's packages if it is missing).
 *
 *   java bench/Bench.java <partner-tier jar> <bare-app jar> [heap, default 1g] [results file]
 */
public class Bench {

    private static final int PORT = 18090;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int[] SIZES = {5, 10_000, 100_000};

    record Latency(int customers, double medianMs, double p90Ms, int runs) {
    }

    record Result(String app, double firstAnswerMs, List<Latency> latencies, long maxRssKb, String extra) {
    }

    public static void main(String[] args) throws Exception {
        Path service = Path.of(args[0]);
        Path bare = Path.of(args[1]);
        String heap = args.length > 2 ? args[2] : "1g";
        Path out = args.length > 3 ? Path.of(args[3]) : null;

        Map<Integer, Path> requests = new LinkedHashMap<>();
        for (int n : SIZES) {
            Path file = Files.createTempFile("bench-" + n + "-customers", ".json");
            Files.write(file, generate(n));
            requests.put(n, file);
        }
        Result bareResult = measure("bare Quarkus (parse only)", bare, heap, requests, null);
        Path rules = Files.createTempDirectory("bench-rules");
        copy(Path.of("rules"), rules);
        Result serviceResult = measure("partner-tier", service, heap, requests, rules);

        String report = report(heap, bareResult, serviceResult);
        System.out.println(report);
        if (out != null) {
            Files.writeString(out, report);
        }
    }

    private static Result measure(String name, Path jar, String heap, Map<Integer, Path> requests, Path rules) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xms" + heap, "-Xmx" + heap, "-Dquarkus.http.port=" + PORT,
                "-Dquarkus.log.console.json.enabled=false", "-Ddecision-log.enabled=false"));
        if (rules != null) {
            command.add("-Drules.dir=" + rules);
            command.add("-Drules.reload.debounce=100ms");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = Files.createTempFile("bench-" + jar.getFileName(), ".log");
        builder.redirectOutput(log.toFile());

        long start = System.nanoTime();
        Process process = builder.start();
        AtomicLong maxRss = new AtomicLong();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            byte[] small = Files.readAllBytes(requests.get(5));
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited: " + Files.readString(log));
                }
                try {
                    HttpResponse<String> answer = post(small);
                    if (answer.statusCode() == 200 && answer.body().contains("\"partnerId\":\"bench-partner\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            double firstAnswerMs = (System.nanoTime() - start) / 1e6;

            sampler.scheduleAtFixedRate(() -> maxRss.accumulateAndGet(rssKb(process.pid()), Math::max), 0, 50, TimeUnit.MILLISECONDS);
            List<Latency> latencies = new ArrayList<>();
            for (Map.Entry<Integer, Path> r : requests.entrySet()) {
                check(post(Files.readAllBytes(r.getValue())), name); // a correct answer before it is timed
                int seconds = r.getKey() <= 10_000 ? 10 : 20;
                wrk(r.getValue(), 10); // warm-up, not counted
                latencies.add(wrk(r.getKey(), r.getValue(), seconds));
            }
            String extra = rules == null ? "" : reload(rules, small, log);
            return new Result(name, firstAnswerMs, latencies, maxRss.get(), extra);
        } finally {
            sampler.shutdownNow();
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|90)%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern REQUESTS = Pattern.compile("^\\s+(\\d+) requests in", Pattern.MULTILINE);

    /**
     * Latency from wrk (one connection, one request at a time, for the given seconds): the client costs a few
     * microseconds per request, so the numbers are the server's, even for a 24 MB body.
     */
    private static Latency wrk(int customers, Path body, int seconds) throws IOException, InterruptedException {
        String out = wrk(body, seconds);
        if (out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw failed requests for " + customers + " customers:\n" + out);
        }
        double median = 0;
        double p90 = 0;
        Matcher m = PERCENTILE.matcher(out);
        while (m.find()) {
            double ms = Double.parseDouble(m.group(2)) * switch (m.group(3)) {
                case "us" -> 0.001;
                case "ms" -> 1;
                case "s" -> 1_000;
                default -> 60_000;
            };
            if (m.group(1).equals("50")) {
                median = ms;
            } else {
                p90 = ms;
            }
        }
        Matcher n = REQUESTS.matcher(out);
        if (median == 0 || !n.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + out);
        }
        return new Latency(customers, median, p90, Integer.parseInt(n.group(1)));
    }

    private static String wrk(Path body, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("wrk", "-t1", "-c1", "-d" + seconds + "s", "--timeout", "60s", "--latency",
                "-s", Path.of("bench", "post.lua").toString(), "http://127.0.0.1:" + PORT + "/evaluate").redirectErrorStream(true);
        builder.environment().put("BODY", body.toString());
        Process wrk = builder.start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return out;
    }

    /** Edits the mature Silver threshold back and forth; each edit's time until the answers change. */
    private static String reload(Path rules, byte[] request, Path log) throws Exception {
        Path performance = rules.resolve("performance.drl");
        String original = Files.readString(performance);
        List<Double> untilAnswered = new ArrayList<>();
        String before = version(post(request).body());
        for (int i = 0; i < 5; i++) {
            Files.writeString(performance, original.replace("\"performance\", 2000,", "\"performance\", " + (2001 + i) + ","));
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
        List<String> compiles = new ArrayList<>();
        Matcher m = Pattern.compile("active \\(was [0-9a-f]+\\).*compiled and warmed up in (\\d+) ms").matcher(Files.readString(log));
        while (m.find()) {
            compiles.add(m.group(1));
        }
        Files.writeString(performance, original);
        return "rule edits: answers changed after " + untilAnswered.stream().map(d -> String.format("%.0f", d)).toList()
                + " ms (of which 100 ms debounce); compile + warm-up took " + compiles + " ms";
    }

    private static String version(String body) {
        Matcher m = Pattern.compile("\"rulesVersion\":\"([0-9a-f]+)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/evaluate"))
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(HttpResponse<String> answer, String app) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(app + " answered " + answer.statusCode() + ": " + answer.body());
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

    private static String report(String heap, Result bare, Result service) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        out.printf("## Benchmark %s%n%n", LocalDate.now());
        out.printf("Machine: %d cores, %s; both apps alone in turn, -Xms%s -Xmx%s, one connection (wrk), one request at a time.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), heap, heap);
        out.println("| | bare Quarkus (parse only) | partner-tier | ratio |");
        out.println("|---|---|---|---|");
        out.printf("| first answer after start | %.0f ms | %.0f ms | +%.0f ms |%n", bare.firstAnswerMs(), service.firstAnswerMs(),
                service.firstAnswerMs() - bare.firstAnswerMs());
        for (int i = 0; i < SIZES.length; i++) {
            Latency b = bare.latencies().get(i);
            Latency s = service.latencies().get(i);
            out.printf("| %,d customers: median (p90) [requests timed] | %.2f ms (%.2f) [%,d] | %.2f ms (%.2f) [%,d] | %.2fx |%n", b.customers(),
                    b.medianMs(), b.p90Ms(), b.runs(), s.medianMs(), s.p90Ms(), s.runs(), s.medianMs() / b.medianMs());
        }
        for (int i = 1; i < SIZES.length; i++) {
            Latency b = bare.latencies().get(i);
            Latency s = service.latencies().get(i);
            out.printf("| %,d customers: per customer | %.1f µs | %.1f µs | |%n", b.customers(), 1000 * b.medianMs() / b.customers(),
                    1000 * s.medianMs() / s.customers());
        }
        out.printf("| resident memory, max under this load | %,d MB | %,d MB | %.2fx |%n", bare.maxRssKb() / 1024, service.maxRssKb() / 1024,
                (double) service.maxRssKb() / bare.maxRssKb());
        out.println();
        out.println("partner-tier " + service.extra() + ".");
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
