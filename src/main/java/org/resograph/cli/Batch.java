package org.resograph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.resograph.read.InputProblem;

/**
 * Runs one task per input file on a few threads, with a bounded number of files in flight so
 * that memory stays flat however many files there are. A file that fails is reported and the
 * batch goes on.
 */
final class Batch {
    private Batch() {}

    interface Task {
        /** Processes one file; returns warnings about what could not be read. */
        List<String> run(Path file) throws Exception;
    }

    record Outcome(int done, int failed, int warned) {}

    static Outcome run(List<Path> files, int jobs, boolean quiet, Task task, PrintStream err) throws InterruptedException {
        int threads = Math.max(1, jobs);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "resograph-worker");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 2);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger warned = new AtomicInteger();
        Progress progress = new Progress(files.size(), quiet, err);
        for (Path f : files) {
            inFlight.acquire();
            pool.execute(() -> {
                try {
                    List<String> warnings = task.run(f);
                    if (!warnings.isEmpty()) {
                        warned.incrementAndGet();
                        if (!quiet) synchronized (err) {
                            for (String w : warnings) err.println("resograph: warning: " + f.getFileName() + ": " + w);
                        }
                    }
                    done.incrementAndGet();
                } catch (InputProblem e) {
                    failed.incrementAndGet();
                    synchronized (err) {
                        err.println("resograph: error: " + e.getMessage());
                    }
                } catch (Exception | LinkageError | StackOverflowError | AssertionError e) {
                    failed.incrementAndGet();
                    synchronized (err) {
                        err.println("resograph: error: " + f.getFileName() + ": could not be converted (" + e + ")");
                    }
                } finally {
                    inFlight.release();
                    progress.tick();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(365, TimeUnit.DAYS);
        progress.finish();
        return new Outcome(done.get(), failed.get(), warned.get());
    }

    /** A line on standard error every second or so, for runs of many files. */
    private static final class Progress {
        private final int total;
        private final boolean enabled;
        private final PrintStream err;
        private final long start = System.nanoTime();
        private final AtomicInteger count = new AtomicInteger();
        private volatile long lastPrint = System.nanoTime();

        Progress(int total, boolean quiet, PrintStream err) {
            this.total = total;
            this.enabled = !quiet && total >= 50;
            this.err = err;
        }

        void tick() {
            int n = count.incrementAndGet();
            long now = System.nanoTime();
            if (enabled && now - lastPrint > 1_000_000_000L) {
                lastPrint = now;
                double secs = (now - start) / 1e9;
                synchronized (err) {
                    err.printf("resograph: %d/%d files (%.0f/s)%n", n, total, n / secs);
                }
            }
        }

        void finish() {
            if (enabled) {
                double secs = (System.nanoTime() - start) / 1e9;
                err.printf("resograph: %d files in %.1f s%n", count.get(), secs);
            }
        }
    }
}
