package org.resograph.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;
import org.resograph.bench.TextVariator;
import org.resograph.cli.Pipeline;
import org.resograph.read.SourceReader;

/**
 * Scores the extraction summaries with the project's scorer ({@code ../shared/tools/score.py}):
 * the seeds against the gold, the development corpus and damaged copies of it against the
 * silver. Skipped, with a message, where ../shared or python3 is not there.
 */
class ScoreTest {

    @BeforeAll
    static void needsShared() {
        assumeTrue(TestData.sharedPresent(), "../shared is absent: score comparison skipped");
        assumeTrue(python() != null, "python3 is not installed: score comparison skipped");
    }

    @Test
    void seedsScoreOneAgainstTheGold(@TempDir Path out) throws Exception {
        extract(TestData.seeds(), out, -1);
        assertEquals(1.000, overall(TestData.SHARED.resolve("gold"), out), 0.0005);
    }

    @Test
    void corpusScoresAtLeast098AgainstTheSilver(@TempDir Path out) throws Exception {
        extract(corpus(), out, -1);
        double score = overall(TestData.SHARED.resolve("corpus/silver"), out);
        assertTrue(score >= 0.98, "corpus overall " + score);
    }

    @Test
    void damagedCorpusScoresAtLeast096(@TempDir Path out) throws Exception {
        for (long variant : new long[] {11, 29}) {
            Path dir = Files.createDirectories(out.resolve("v" + variant));
            extract(corpus(), dir, variant);
            double score = overall(TestData.SHARED.resolve("corpus/silver"), dir);
            assertTrue(score >= 0.96, "damaged copy " + variant + " overall " + score);
        }
    }

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> s = Files.list(TestData.SHARED.resolve("corpus/texts"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Writes the summaries; with a variant number, of copies damaged by {@link TextVariator}. */
    static void extract(List<Path> files, Path out, long variant) throws Exception {
        Pipeline p = Pipeline.load();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String text = TestData.read(f);
            if (variant >= 0) text = TextVariator.vary(text, variant * 7919 + name.hashCode());
            String json = Summary.json(p.convert(SourceReader.ofString(name, text)));
            Files.writeString(out.resolve(name.replace(".txt", ".json")), json, StandardCharsets.UTF_8);
        }
    }

    static double overall(Path gold, Path predicted) throws Exception {
        Process proc = new ProcessBuilder(python(), TestData.SHARED.resolve("tools/score.py").toString(), gold.toString(), predicted.toString())
                .redirectErrorStream(true).start();
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        proc.waitFor();
        Matcher m = Pattern.compile("overall: ([0-9.]+)").matcher(output);
        assertTrue(m.find(), output);
        return Double.parseDouble(m.group(1));
    }

    private static String python() {
        for (String p : new String[] {"python3", "python"}) {
            try {
                Process proc = new ProcessBuilder(p, "--version").redirectErrorStream(true).start();
                proc.getInputStream().readAllBytes();
                if (proc.waitFor() == 0) return p;
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }
}
