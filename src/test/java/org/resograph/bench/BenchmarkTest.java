package org.resograph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.link.LinkedDocument;

/** The benchmark corpus's copies are documents of their own that say what their originals say. */
class BenchmarkTest {
    @Test
    void aCopyHasASymbolOfItsOwnAndKeepsItsBodyAndResolution() throws Exception {
        List<Path> sources = new ArrayList<>(TestData.seeds());
        Path corpus = TestData.SHARED.resolve("corpus/texts");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> s = Files.list(corpus)) {
                sources.addAll(s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20).toList());
            }
        }
        assumeTrue(sources.size() >= 5);
        int i = 0;
        for (Path p : sources) {
            LinkedDocument original = TestData.convert(p);
            LinkedDocument copy = TestData.convert(p.getFileName().toString(), Benchmark.withSymbol(TestData.read(p), i++));
            String symbol = copy.facts().symbol();
            assertNotEquals(original.facts().symbol(), symbol, p + ": the copy's symbol");
            if (original.facts().symbol() == null) continue; // an unsymbolled draft gets a CCPCJ draft symbol
            assertEquals(original.facts().body(), copy.facts().body(), p + " as " + symbol + ": body");
            assertEquals(original.facts().resolutionBody(), copy.facts().resolutionBody(), p + " as " + symbol + ": the resolution's body");
            assertEquals(original.facts().resolutionNumber(), copy.facts().resolutionNumber(), p + " as " + symbol + ": the resolution's number");
        }
    }
}
