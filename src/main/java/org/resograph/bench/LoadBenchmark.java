package org.resograph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times loading one N-Quads file into a new TDB2 database two ways, each in a JVM of its own
 * started the same way: {@code resograph load} and Jena's own {@code tdb2.tdbloader}. Wall-clock
 * time includes JVM start, as a user running either command would see it.
 */
public final class LoadBenchmark {
    /** One timed run. */
    public record Run(String what, Path input, long quads, double seconds) {
        public double quadsPerSecond() {
            return quads / seconds;
        }
    }

    private final Path work;
    private final String javaOpts;
    private final PrintStream log;

    public LoadBenchmark(Path work, String javaOpts, PrintStream log) {
        this.work = work;
        this.javaOpts = javaOpts;
        this.log = log;
    }

    /** {@code resograph load} of the given inputs (texts or RDF) into a new database. */
    public Run resograph(String label, long quads, List<String> loadArgs, Path input) throws IOException, InterruptedException {
        Path db = fresh("db-resograph");
        List<String> args = new ArrayList<>(List.of("org.resograph.cli.Main", "load", "-q", "--db", db.toString()));
        args.addAll(loadArgs);
        args.add(input.toString());
        return new Run(label, input, quads, time(args));
    }

    /** Jena's {@code tdb2.tdbloader} (its default loader) of an N-Quads file into a new database. */
    public Run tdbloader(long quads, Path nq) throws IOException, InterruptedException {
        Path db = fresh("db-tdbloader");
        return new Run("tdb2.tdbloader", nq, quads, time(List.of("tdb2.tdbloader", "--loc", db.toString(), nq.toString())));
    }

    private double time(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (javaOpts != null && !javaOpts.isBlank()) cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        Path out = work.resolve("load-bench.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        int code = p.waitFor();
        double secs = (System.nanoTime() - t0) / 1e9;
        if (code != 0) throw new IllegalStateException(String.join(" ", mainAndArgs) + " exited with " + code + "; see " + out);
        log.printf("benchmark: %s: %.2f s%n", mainAndArgs.get(0).equals("tdb2.tdbloader") ? "tdb2.tdbloader" : "resograph load", secs);
        return secs;
    }

    private Path fresh(String name) throws IOException {
        Path db = work.resolve(name);
        if (Files.exists(db)) {
            try (Stream<Path> s = Files.walk(db)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return db;
    }
}
