package org.resograph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.resograph.cli.Pipeline;
import org.resograph.link.LinkedDocument;
import org.resograph.read.InputProblem;
import org.resograph.read.SourceReader;

/** Where test inputs live: the project's seeds and fixtures, and ../shared when it is beside the project. */
public final class TestData {
    private TestData() {}

    public static final Path SEEDS = Path.of("seeds");
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path SHARED = Path.of("..", "shared");

    public static boolean sharedPresent() {
        return Files.isDirectory(SHARED.resolve("gold")) && Files.isDirectory(SHARED.resolve("corpus"));
    }

    public static List<Path> seeds() {
        try (Stream<Path> s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LinkedDocument convert(Path p) {
        try {
            return Pipeline.load().convert(p);
        } catch (InputProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Converts text given in the test (a name, and the text). */
    public static LinkedDocument convert(String name, String text) {
        try {
            return Pipeline.load().convert(SourceReader.ofString(name, text));
        } catch (InputProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static LinkedDocument fixture(String name) {
        return convert(FIXTURES.resolve(name));
    }
}
