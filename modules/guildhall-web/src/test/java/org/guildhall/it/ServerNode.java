package org.guildhall.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One more Guildhall node, started by a test outside Arquillian from the server this module
 * provisioned: its own base directory (configuration, data, logs), its own ports, its own
 * environment (database, index prefix). It can be killed with SIGKILL and started again.
 */
final class ServerNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int offset;
    private final Map<String, String> environment;
    private final Path home = Path.of("target/server").toAbsolutePath();
    private final Path base;
    private Process process;

    ServerNode(String name, int offset, Map<String, String> environment) {
        this.name = name;
        this.offset = offset;
        this.environment = environment;
        this.base = Path.of("target/nodes", name).toAbsolutePath();
    }

    /** The application's address on this node, as people type it (Keycloak knows localhost). */
    String url() {
        return "http://localhost:" + (8080 + offset) + "/";
    }

    String name() {
        return name;
    }

    int httpPort() {
        return 8080 + offset;
    }

    int managementPort() {
        return 9990 + offset;
    }

    /** What the server wrote to its console: the JSON log and the JSON access log. */
    Path console() {
        return base.resolve("console.log");
    }

    /** Starts the node and waits until the application is ready (first start: a fresh base directory). */
    ServerNode start() {
        startServerOnly();
        return awaitReady();
    }

    /** Waits until the application answers ready (after {@link #startServerOnly()}). */
    ServerNode awaitReady() {
        Stack.await(name + " to be ready", Duration.ofMinutes(3), this::ready);
        return this;
    }

    /** Starts the server and waits only until its management interface answers (the deployment may fail). */
    ServerNode startServerOnly() {
        try {
            if (!Files.exists(base.resolve("configuration"))) {
                prepare();
            }
            forgetEarlierDeployments();
            var command = List.of(home.resolve("bin/standalone.sh").toString(), "-b", "127.0.0.1",
                    "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                    "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name);
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx640m");
            process = builder.start();
            Stack.await(name + "'s management interface", Duration.ofMinutes(3), this::answers);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The deployment scanner's markers of the last run, so the WAR is deployed afresh. */
    private void forgetEarlierDeployments() throws IOException {
        try (var markers = Files.list(base.resolve("deployments"))) {
            for (var marker : markers.filter(p -> !p.toString().endsWith(".war")).toList()) {
                Files.delete(marker);
            }
        }
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited; see " + base.resolve("console.log"));
        }
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/live"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to the server's JVM and its launch script: no shutdown hook, no flush, nothing. */
    void kill() {
        var handles = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        handles.forEach(ProcessHandle::destroyForcibly);
        for (var handle : handles) {
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError(name + " exited; see " + base.resolve("console.log"));
        }
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready"))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("guildhall");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A base directory of its own: the provisioned configuration and the WAR this build made. */
    private void prepare() throws IOException {
        if (Files.exists(base)) {
            try (var old = Files.walk(base)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        var configuration = home.resolve("standalone/configuration");
        try (var files = Files.walk(configuration)) {
            for (var source : files.toList()) {
                var target = base.resolve("configuration").resolve(configuration.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.toString().contains("standalone_xml_history")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // A server that had the WAR deployed through management records it in standalone.xml; this
        // node deploys the WAR from its deployments folder instead, and two would refuse to boot.
        var configurationFile = base.resolve("configuration/standalone.xml");
        Files.writeString(configurationFile, Files.readString(configurationFile).replaceAll("(?s)<deployments>.*?</deployments>", ""));
        Files.createDirectories(base.resolve("deployments"));
        Files.createDirectories(base.resolve("db"));
        Files.copy(Path.of("target/guildhall.war"), base.resolve("deployments/guildhall.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The environment of the server under test, with some variables replaced. */
    static Map<String, String> environment(Map<String, String> overrides) {
        var environment = new HashMap<>(System.getenv());
        environment.putAll(overrides);
        return environment;
    }
}
