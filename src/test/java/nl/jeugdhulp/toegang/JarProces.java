package nl.jeugdhulp.toegang;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app as an operator runs it: its own JVM, started from the jar that {@code ./mvnw package} made (or
 * from its extracted layout), in a directory of its own, on a random port, with its log in that directory.
 */
public final class JarProces implements AutoCloseable {

    /** The jar that {@code package} made; failsafe passes its path. */
    public static final Path JAR = Path.of(System.getProperty("jeugdhulp.jar", "target/jeugdhulp-toegang-0.1.0-SNAPSHOT.jar"));

    private static final Pattern POORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String GESTART = "Started JeugdhulpToegangApplication";
    private static final Duration START = Duration.ofMinutes(4);

    private final Process proces;
    private final Path log;
    private final int poort;

    private JarProces(Process proces, Path log, int poort) {
        this.proces = proces;
        this.log = log;
        this.poort = poort;
    }

    /** {@code java -jar <jar> --server.port=0 <argumenten>} in {@code map}, with these environment variables. */
    public static JarProces start(Path jar, Path map, Map<String, String> omgeving, String... argumenten) {
        var opdracht = new ArrayList<>(List.of(java(), "-jar", jar.toAbsolutePath().toString(), "--server.port=0"));
        opdracht.addAll(List.of(argumenten));
        try {
            Files.createDirectories(map);
            Path log = map.resolve("app-" + System.nanoTime() + ".log");
            var bouwer = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            bouwer.environment().putAll(omgeving);
            Process proces = bouwer.start();
            // Also when the test JVM ends early: no app is left running on this machine.
            Runtime.getRuntime().addShutdownHook(new Thread(proces::destroyForcibly));
            int poort = wachtOpStart(proces, log);
            return new JarProces(proces, log, poort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted layout, as container builds make it: {@code java -Djarmode=tools -jar <jar> extract}. */
    public static Path uitpakken(Path jar, Path doel) {
        voer(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                doel.toAbsolutePath().toString()));
        return doel.resolve(jar.getFileName());
    }

    public long pid() {
        return proces.pid();
    }

    public int poort() {
        return poort;
    }

    public String basis() {
        return "http://localhost:" + poort;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@code kill -9}: the JVM gets no chance to finish anything. */
    public void kill() {
        proces.destroyForcibly();
        wachtOpEinde();
    }

    /** As an orderly stop (SIGTERM): running work finishes, the engine shuts down. */
    @Override
    public void close() {
        proces.destroy();
        wachtOpEinde();
    }

    private void wachtOpEinde() {
        try {
            if (!proces.waitFor(2, TimeUnit.MINUTES)) {
                proces.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int wachtOpStart(Process proces, Path log) {
        int[] poort = {-1};
        try {
            await().atMost(START).pollInterval(Duration.ofMillis(250)).until(() -> {
                String tekst = Files.readString(log, StandardCharsets.UTF_8);
                if (!proces.isAlive()) {
                    throw new IllegalStateException("De app stopte bij het starten:\n" + staart(tekst));
                }
                Matcher gevonden = POORT.matcher(tekst);
                if (gevonden.find() && tekst.contains(GESTART)) {
                    poort[0] = Integer.parseInt(gevonden.group(1));
                    return true;
                }
                return false;
            });
        } catch (RuntimeException e) {
            proces.destroyForcibly();
            throw e;
        }
        return poort[0];
    }

    private static String staart(String tekst) {
        return tekst.substring(Math.max(0, tekst.length() - 6000));
    }

    /** Runs a command as an operator types it; fails with its output when it fails. */
    public static void voer(List<String> opdracht) {
        try {
            Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
            String uitvoer = new String(proces.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (proces.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", opdracht) + " mislukte:\n" + uitvoer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
