package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;
import org.resograph.eval.ScorePy;

/**
 * {@code resograph eval} prints what {@code score.py} prints for the summaries {@code extract}
 * writes: the seeds against the gold, the development corpus against the silver (skipped, with a
 * message, where ../shared or python3 is not there); and how it handles texts without gold, bad
 * inputs and {@code --min}.
 */
class EvalCommandTest {

    private static void needScorePy() {
        assumeTrue(TestData.sharedPresent(), "../shared is absent: comparison with score.py skipped");
        assumeTrue(ScorePy.python() != null, "python3 is not installed: comparison with score.py skipped");
    }

    /** eval's output, plain and --verbose, is score.py's on extract's summaries of the same texts. */
    private static void sameAsScorePy(Path gold, Path texts, Path tmp) throws Exception {
        Path extracted = tmp.resolve("extract");
        assertEquals(0, CliTest.run("extract", "-q", texts.toString(), "-o", extracted.toString()).code());
        Path written = tmp.resolve("eval");
        CliTest.Run plain = CliTest.run("eval", gold.toString(), texts.toString(), "-o", written.toString());
        CliTest.Run verbose = CliTest.run("eval", "-q", "--verbose", gold.toString(), texts.toString());
        ScorePy.Result py = ScorePy.run(gold, extracted);
        ScorePy.Result pyVerbose = ScorePy.run(gold, extracted, "--verbose");
        assertEquals(0, py.code(), py.output());
        assertEquals(py.output(), plain.out());
        assertEquals(pyVerbose.output(), verbose.out());
        assertEquals(0, plain.code(), plain.err());
        assertEquals(0, verbose.code(), verbose.err());
        assertTrue(plain.err().contains("0 without a gold file (not scored)"), plain.err());
        // --output writes the summaries extract writes
        try (Stream<Path> s = Files.list(extracted)) {
            for (Path f : s.toList()) assertEquals(Files.readString(f), Files.readString(written.resolve(f.getFileName())), f.toString());
        }
    }

    @Test
    void seedsAgainstTheGoldAsScorePy(@TempDir Path tmp) throws Exception {
        needScorePy();
        sameAsScorePy(TestData.SHARED.resolve("gold"), TestData.SEEDS, tmp);
    }

    @Test
    void corpusAgainstTheSilverAsScorePy(@TempDir Path tmp) throws Exception {
        needScorePy();
        sameAsScorePy(TestData.SHARED.resolve("corpus/silver"), TestData.SHARED.resolve("corpus/texts"), tmp);
    }

    /** Gold made from the converter's own summaries of two seeds (so that they score 1). */
    private static Path ownGold(Path tmp) throws Exception {
        Path gold = tmp.resolve("gold");
        List<Path> seeds = TestData.seeds();
        assertEquals(0, CliTest.run("extract", "-q", seeds.get(0).toString(), seeds.get(1).toString(), "-o", gold.toString()).code());
        return gold;
    }

    @Test
    void textsWithoutGoldAreConvertedNotScoredAndBadInputsAreReported(@TempDir Path tmp) throws Exception {
        Path gold = ownGold(tmp);
        Files.writeString(gold.resolve("broken.json"), "{\"file\": ", StandardCharsets.UTF_8);
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        List<Path> seeds = TestData.seeds();
        for (Path s : seeds.subList(0, 3)) Files.copy(s, texts.resolve(s.getFileName()));
        Files.writeString(texts.resolve("empty.txt"), "");
        CliTest.Run r = CliTest.run("eval", gold.toString(), texts.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code(), r.err());
        assertTrue(r.out().startsWith("documents: gold=2 predicted=2\n"), r.out());
        assertTrue(r.out().endsWith("overall: 1.000\n"), r.out());
        assertTrue(r.err().contains("empty.txt: the file is empty"), r.err());
        assertTrue(r.err().contains("broken.json: not valid JSON"), r.err());
        assertTrue(r.err().contains("3 of 4 texts converted, 1 failed"), r.err());
        assertTrue(r.err().contains("1 without a gold file (not scored)"), r.err());
    }

    @Test
    void minDecidesTheExitCode(@TempDir Path tmp) throws Exception {
        Path gold = ownGold(tmp);
        Path seed = TestData.seeds().get(0);
        Path g = gold.resolve(Inputs.stem(seed) + ".json");
        Files.writeString(g, Files.readString(g).replaceFirst("\"documentType\": \"[^\"]*\"", "\"documentType\": \"X/1\""));
        CliTest.Run low = CliTest.run("eval", "--verbose", "--min", "1", gold.toString(), seed.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, low.code(), low.err());
        assertTrue(low.out().contains("] documentType: gold='X/1' got="), low.out());
        assertTrue(low.out().contains("documents: gold=2 predicted=1"), low.out());
        assertTrue(low.err().contains("is below --min 1"), low.err());
        assertTrue(low.err().contains("1 gold files without a converted text"), low.err());
        assertEquals(0, CliTest.run("eval", "--min", "0.2", gold.toString(), seed.toString()).code());
    }

    @Test
    void aMissingGoldFolderIsAnError(@TempDir Path tmp) {
        CliTest.Run r = CliTest.run("eval", tmp.resolve("nope").toString(), TestData.SEEDS.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code());
        assertTrue(r.err().contains("not a folder of gold summaries"), r.err());
        assertEquals(ExitCodes.USAGE, CliTest.run("eval", tmp.toString()).code(), "TEXT_DIR is required");
    }
}
