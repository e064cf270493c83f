// Guildhall load generator: one file, JDK 17 only, run straight from source.
//
//   java bench/Load.java --mode closed|open [options] TARGET [TARGET...]
//
// Modes
//   closed  --connections N workers (platform threads); each sends its next request as soon as the
//           previous one finished. Reports throughput and latency (from the real send). A worker
//           whose request got no response (e.g. connection refused) pauses 10 ms before the next.
//   open    a pacing thread schedules requests at a constant --rate R/s, at fixed instants that do
//           not depend on the responses, and hands them to a pool of up to --max-inflight threads.
//           Latency is measured FROM THE INTENDED SEND TIME (coordinated omission corrected): a
//           server that stalls sees every request scheduled during the stall as slow, and queueing
//           in the client when all threads are busy counts as latency too. Requests that start
//           more than 10 ms after their scheduled instant are reported as "late".
//
// Options (anywhere on the line; defaults in brackets)
//   --mode closed|open          [closed]
//   --connections N             closed-mode workers [50]
//   --rate R                    open-mode requests per second, may be fractional [50]
//   --max-inflight N            open-mode thread pool size = most concurrent requests [200]
//   --duration D                measured time, e.g. 20s, 500ms, 2m, 20 (= seconds) [20s]
//   --warmup D                  run before the measured time, not counted [5s]
//   --timeout D                 request timeout (connect timeout is 5 s) [10s]
//   --header 'Name: value'      repeatable; sent with every request
//   --method M                  method for targets without their own [GET, or POST with a body]
//   --body-file F               body for targets without their own
//   --content-type T            Content-Type of bodies [guessed: '{' or '[' first -> application/json,
//                               otherwise application/x-www-form-urlencoded]; a --header
//                               'Content-Type: ...' wins over both
//   --name LABEL                scenario name in the output (whitespace becomes '_') [first URL's path]
//
// Targets are used round-robin (closed: each worker starts at a different one; open: request i goes
// to target i mod count). A target is
//   URL                         uses --method / --body-file
//   METHOD:URL                  e.g. POST:http://host/api/v1/x  (GET, POST, PUT, PATCH, DELETE, HEAD)
//   METHOD:URL@FILE             that method with FILE as the body; the text after the LAST '@' is
//                               the body file, so write a literal '@' in such a URL as %40
// Bodies are read once at start-up and the same bytes are sent every time.
//
// Client: one java.net.http.HttpClient (HTTP/1.1, redirects not followed, connect timeout 5 s,
// keep-alive connections reused, bodies discarded), so closed mode holds at most --connections
// connections and open mode at most --max-inflight. The client costs CPU too (roughly 100-200 us per
// request on a small machine): above a few thousand req/s on 2 cores it, not the server, is the limit.
//
// Output: one human-readable line, then one machine-readable line
//   RESULT name=<label> mode=<mode> rps=<x> p50=<ms> p95=<ms> p99=<ms> max=<ms> n=<count> errors=<count> non2xx=<count> late=<count> target=<rate>
// n = responses (any status) to requests started (closed) / scheduled (open) within the measured
// time; percentiles are exact (nearest rank over all n samples) and include non-2xx responses.
// rps = n / measured time; in open mode the measured time is stretched if the last scheduled request
// actually started after its end, so rps < rate shows the generator (or its pool) could not keep up.
// errors = requests that got no response (connect failure, timeout, reset); they are not in the
// latency samples. non2xx = responses outside 200-399 (redirects are not followed and count as OK).
// late = open-mode requests that started > 10 ms after schedule (0 in closed mode); target = --rate
// in open mode, 0 in closed mode. Exit status 0 after a run (whatever the errors), 2 on bad usage.

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class Load {
    static final long LATE_NANOS = 10_000_000L;
    static final Pattern METHOD_PREFIX = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|HEAD):(.+)$");

    // ---- configuration ----
    String mode = "closed";
    int connections = 50, maxInflight = 200;
    double rate = 50;
    long durationNanos = secs(20), warmupNanos = secs(5), timeoutNanos = secs(10);
    final List<String[]> headers = new ArrayList<>();
    String method, bodyFile, contentType, name;
    final List<String> specs = new ArrayList<>();

    HttpClient client;
    HttpRequest[] targets;
    final ConcurrentLinkedQueue<Recorder> recorders = new ConcurrentLinkedQueue<>();

    /** What one thread measured; merged after every thread has finished (no sharing while running). */
    static final class Recorder {
        long[] micros = new long[4096];
        int n, errors, late;
        long lastStart = Long.MIN_VALUE, maxLagNanos;
        final int[] status = new int[600];
        final Map<String, Integer> errorKinds = new HashMap<>();

        void response(long latencyMicros, int code) {
            if (n == micros.length) micros = Arrays.copyOf(micros, n * 2);
            micros[n++] = latencyMicros;
            status[Math.max(0, Math.min(code, 599))]++;
        }

        void error(Exception e) {
            errors++;
            String kind = e.getClass().getSimpleName();
            String msg = e.getMessage();
            if (msg != null && msg.length() <= 60 && !msg.isBlank()) kind += ": " + msg;
            errorKinds.merge(kind, 1, Integer::sum);
        }
    }

    public static void main(String[] args) throws Exception {
        Load load = new Load();
        try {
            load.parse(args);
            load.build();
        } catch (IllegalArgumentException | IOException e) {
            boolean help = "help".equals(e.getMessage());
            if (!help) System.err.println("Load: " + (e instanceof IOException ? "cannot read body file " : "") + e.getMessage());
            System.err.println("usage: java bench/Load.java --mode closed|open [--connections 50] [--rate 50] "
                    + "[--max-inflight 200] [--duration 20s] [--warmup 5s] [--timeout 10s] [--header 'Name: value']... [--method M] [--body-file F] "
                    + "[--content-type T] [--name LABEL] URL|METHOD:URL[@FILE]...   (details at the top of Load.java)");
            System.exit(help ? 0 : 2);
        }
        load.run();
        System.exit(0); // HttpClient threads and idle pool threads must not keep the JVM alive
    }

    // ---- arguments ----
    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) { specs.add(a); continue; }
            if (a.equals("--help") || a.equals("-h")) throw new IllegalArgumentException("help");
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
            String v = args[++i];
            switch (a) {
                case "--mode" -> {
                    if (!v.equals("closed") && !v.equals("open")) throw new IllegalArgumentException("--mode closed|open");
                    mode = v;
                }
                case "--connections" -> connections = positiveInt(a, v);
                case "--max-inflight" -> maxInflight = positiveInt(a, v);
                case "--rate" -> {
                    rate = Double.parseDouble(v);
                    if (!(rate > 0)) throw new IllegalArgumentException("--rate must be > 0");
                }
                case "--duration" -> durationNanos = duration(v);
                case "--warmup" -> warmupNanos = duration(v);
                case "--timeout" -> timeoutNanos = duration(v);
                case "--header" -> {
                    int colon = v.indexOf(':');
                    if (colon <= 0) throw new IllegalArgumentException("--header wants 'Name: value', got " + v);
                    headers.add(new String[] {v.substring(0, colon).trim(), v.substring(colon + 1).trim()});
                }
                case "--method" -> method = v.toUpperCase(Locale.ROOT);
                case "--body-file" -> bodyFile = v;
                case "--content-type" -> contentType = v;
                case "--name" -> name = v;
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (specs.isEmpty()) throw new IllegalArgumentException("no URL given");
        if (durationNanos <= 0) throw new IllegalArgumentException("--duration must be > 0");
        if (timeoutNanos <= 0) throw new IllegalArgumentException("--timeout must be > 0");
    }

    static int positiveInt(String option, String v) {
        int n = Integer.parseInt(v);
        if (n <= 0) throw new IllegalArgumentException(option + " must be > 0");
        return n;
    }

    static long secs(double s) { return (long) (s * 1e9); }

    /** "20s", "500ms", "2m", "1.5s", "20" (seconds). */
    static long duration(String v) {
        Matcher m = Pattern.compile("^([0-9]+(?:\\.[0-9]+)?)(ms|s|m)?$").matcher(v.trim());
        if (!m.matches()) throw new IllegalArgumentException("bad duration " + v + " (use 20s, 500ms, 2m)");
        double x = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> (long) (x * 1e6);
            case "m" -> secs(x * 60);
            default -> secs(x);
        };
    }

    // ---- requests, built once and reused ----
    void build() throws IOException {
        HttpClient.Builder cb = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5));
        // The client's completion work runs on its selector thread instead of hopping to a pool
        // thread: measured on 2 cores, ~25% more requests per client CPU second and a lower p99.
        // -Dload.executor=pool restores the JDK default (a cached thread pool).
        if (!"pool".equals(System.getProperty("load.executor"))) cb.executor(Runnable::run);
        client = cb.build();
        targets = new HttpRequest[specs.size()];
        for (int i = 0; i < targets.length; i++) targets[i] = request(specs.get(i));
        if (name == null) {
            URI first = URI.create(stripSpec(specs.get(0)));
            name = first.getRawPath() == null || first.getRawPath().isEmpty() ? "/" : first.getRawPath();
        }
        name = name.strip().replaceAll("\\s+", "_");
    }

    static String stripSpec(String spec) {
        Matcher m = METHOD_PREFIX.matcher(spec);
        if (!m.matches()) return spec;
        String rest = m.group(2);
        int at = rest.lastIndexOf('@');
        return at > 0 ? rest.substring(0, at) : rest;
    }

    HttpRequest request(String spec) throws IOException {
        String m = method, url = spec, file = bodyFile;
        Matcher pm = METHOD_PREFIX.matcher(spec);
        if (pm.matches()) {
            m = pm.group(1);
            url = pm.group(2);
            file = null;
            int at = url.lastIndexOf('@');
            if (at > 0) {
                file = url.substring(at + 1);
                url = url.substring(0, at);
            }
        }
        byte[] body = file == null ? null : Files.readAllBytes(Path.of(file));
        if (m == null) m = body == null ? "GET" : "POST";
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad URL " + url + ": " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(timeoutNanos));
        boolean hasContentType = false;
        for (String[] h : headers) {
            b.header(h[0], h[1]); // IllegalArgumentException for restricted names (Host, Connection...)
            hasContentType |= h[0].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !hasContentType) b.header("Content-Type", contentType != null ? contentType : guessType(body));
        b.method(m, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return b.build();
    }

    static String guessType(byte[] body) {
        for (byte c : body) {
            if (Character.isWhitespace(c)) continue;
            return c == '{' || c == '[' ? "application/json" : "application/x-www-form-urlencoded";
        }
        return "application/x-www-form-urlencoded";
    }

    // ---- one exchange ----
    /** Sends one request; latency from {@code intended}. Returns false when no response came. */
    boolean exchange(HttpRequest request, long intended, Recorder r, boolean measured) {
        long start = System.nanoTime();
        if (measured) {
            long lag = start - intended;
            if (lag > LATE_NANOS) r.late++;
            if (lag > r.maxLagNanos) r.maxLagNanos = lag;
            if (start > r.lastStart) r.lastStart = start;
        }
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            long end = System.nanoTime();
            if (measured) r.response((end - intended) / 1000, response.statusCode());
            return true;
        } catch (IOException e) {
            if (measured) r.error(e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) { // never let a worker die silently
            if (measured) r.error(e);
            return false;
        }
    }

    Recorder newRecorder() {
        Recorder r = new Recorder();
        recorders.add(r);
        return r;
    }

    // ---- the two modes ----
    void run() throws InterruptedException {
        long t0 = System.nanoTime() + 50_000_000L; // everyone starts together, shortly after now
        long measureStart = t0 + warmupNanos, measureEnd = measureStart + durationNanos;
        if (mode.equals("closed")) closed(t0, measureStart, measureEnd);
        else open(t0, measureStart, measureEnd);
        report(measureStart, measureEnd);
    }

    void closed(long t0, long measureStart, long measureEnd) throws InterruptedException {
        Thread[] workers = new Thread[connections];
        for (int w = 0; w < connections; w++) {
            final int first = w;
            workers[w] = new Thread(() -> {
                Recorder r = newRecorder();
                sleepUntil(t0);
                for (long k = first; ; k++) {
                    long now = System.nanoTime();
                    if (now - measureEnd >= 0) break;
                    boolean ok = exchange(targets[(int) (k % targets.length)], now, r, now - measureStart >= 0);
                    // a refused connection fails in microseconds: do not spin on it
                    if (!ok) LockSupport.parkNanos(10_000_000L);
                }
            }, "load-" + w);
            workers[w].setDaemon(true);
            workers[w].start();
        }
        for (Thread w : workers) w.join();
    }

    void open(long t0, long measureStart, long measureEnd) throws InterruptedException {
        AtomicInteger threadNo = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(maxInflight, maxInflight, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread t = new Thread(task, "load-" + threadNo.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads(); // no thread creation while the schedule runs
        ThreadLocal<Recorder> recorder = ThreadLocal.withInitial(this::newRecorder);
        double interval = 1e9 / rate;
        for (long i = 0; ; i++) {
            long intended = t0 + (long) (i * interval); // fixed schedule: never drifts, never skips
            if (intended - measureEnd >= 0) break;
            sleepUntil(intended);
            HttpRequest request = targets[(int) (i % targets.length)];
            boolean measured = intended - measureStart >= 0;
            pool.execute(() -> exchange(request, intended, recorder.get(), measured));
        }
        pool.shutdown();
        if (!pool.awaitTermination(timeoutNanos + secs(30), TimeUnit.NANOSECONDS))
            System.err.println("Load: some requests never finished; their samples are missing");
    }

    static void sleepUntil(long deadline) {
        for (long d; (d = deadline - System.nanoTime()) > 0; ) LockSupport.parkNanos(d);
    }

    // ---- results ----
    void report(long measureStart, long measureEnd) {
        int n = 0, errors = 0, late = 0;
        long lastStart = Long.MIN_VALUE, maxLag = 0;
        int[] status = new int[600];
        Map<String, Integer> kinds = new HashMap<>();
        for (Recorder r : recorders) {
            n += r.n;
            errors += r.errors;
            late += r.late;
            lastStart = Math.max(lastStart, r.lastStart);
            maxLag = Math.max(maxLag, r.maxLagNanos);
            for (int c = 0; c < 600; c++) status[c] += r.status[c];
            r.errorKinds.forEach((k, v) -> kinds.merge(k, v, Integer::sum));
        }
        long[] all = new long[n];
        int at = 0;
        for (Recorder r : recorders) {
            System.arraycopy(r.micros, 0, all, at, r.n);
            at += r.n;
        }
        Arrays.sort(all);
        int non2xx = 0;
        for (int c = 0; c < 600; c++) if (c < 200 || c > 399) non2xx += status[c];

        boolean open = mode.equals("open");
        long window = durationNanos;
        if (open && lastStart != Long.MIN_VALUE) window = Math.max(measureEnd, lastStart) - measureStart;
        double rps = n / (window / 1e9);
        double p50 = pct(all, 50), p95 = pct(all, 95), p99 = pct(all, 99), max = n == 0 ? 0 : all[n - 1] / 1000.0;

        StringBuilder human = new StringBuilder();
        human.append(String.format(Locale.ROOT, "[%s] %s: %.1f req/s", mode, name, rps));
        if (open) human.append(String.format(Locale.ROOT, " of %s/s scheduled", fmtRate(rate)));
        human.append(String.format(Locale.ROOT, " over %.1f s (%s), latency%s p50 %.2f p95 %.2f p99 %.2f max %.2f ms, "
                        + "n=%d, errors %d, non-2xx %d",
                durationNanos / 1e9, open ? "up to " + maxInflight + " in flight" : connections + " connections",
                open ? " from scheduled send" : "", p50, p95, p99, max, n, errors, non2xx));
        if (open) human.append(String.format(Locale.ROOT, ", late starts %d (max %.1f ms)", late, maxLag / 1e6));
        human.append(" | status ").append(topStatuses(status));
        if (!kinds.isEmpty()) human.append(" | errors ").append(top(kinds));
        System.out.println(human);
        System.out.printf(Locale.ROOT,
                "RESULT name=%s mode=%s rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f n=%d errors=%d non2xx=%d late=%d target=%s%n",
                name, mode, rps, p50, p95, p99, max, n, errors, non2xx, late, open ? fmtRate(rate) : "0");
    }

    /** Nearest-rank percentile of sorted microsecond samples, in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(rank, sorted.length) - 1)] / 1000.0;
    }

    static String fmtRate(double r) {
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.2f", r);
    }

    static String topStatuses(int[] status) {
        Map<String, Integer> m = new HashMap<>();
        for (int c = 0; c < 600; c++) if (status[c] > 0) m.put(Integer.toString(c), status[c]);
        return m.isEmpty() ? "none" : top(m);
    }

    /** The five most frequent, as "key xCOUNT" (most frequent first). */
    static String top(Map<String, Integer> m) {
        return m.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(5)
                .map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
