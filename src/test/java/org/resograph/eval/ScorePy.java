package org.resograph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.resograph.TestData;

/** Runs the project's scorer, {@code ../shared/tools/score.py}, for comparison. */
public final class ScorePy {
    private ScorePy() {}

    public static final Path SCRIPT = TestData.SHARED.resolve("tools/score.py");

    public record Result(int code, String output) {
        public List<String> lines() {
            return output.lines().toList();
        }
    }

    public static Result run(Path gold, Path predicted, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(python(), SCRIPT.toString(), gold.toString(), predicted.toString()));
        cmd.addAll(List.of(options));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private static String python;

    /** {@code python3} or {@code python}, whichever runs; null when neither does. */
    public static synchronized String python() {
        if (python == null) {
            for (String p : new String[] {"python3", "python"}) {
                try {
                    Process proc = new ProcessBuilder(p, "--version").redirectErrorStream(true).start();
                    proc.getInputStream().readAllBytes();
                    if (proc.waitFor() == 0) return python = p;
                } catch (IOException | InterruptedException e) {
                    // try the next name
                }
            }
        }
        return python;
    }
}
