package org.resograph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.resograph.read.AdoptionTable;
import org.resograph.store.RdfFiles;

/** Expands the paths a user gives into the files to convert: files as given, folders searched for texts. */
final class Inputs {
    private Inputs() {}

    static final List<String> TEXT_SUFFIXES = List.of(".txt", ".md", ".text", ".markdown");

    static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, Inputs::isText);
    }

    /** Like {@link #expand}, also taking the RDF files and adoption tables found in folders (for {@code load}). */
    static List<Path> expandForLoad(List<Path> paths) throws IOException {
        return expand(paths, f -> isText(f) || RdfFiles.isRdf(f) || AdoptionTable.isAdoptionTable(f));
    }

    /** No input file was found: the command has nothing to do. Main reports it and exits with {@link ExitCodes#FAILED_INPUTS}. */
    static final class NoInputs extends RuntimeException {
        NoInputs(String message) {
            super(message);
        }
    }

    /** {@link #expand}, for a command that needs at least one text. */
    static List<Path> texts(List<Path> paths) throws IOException {
        List<Path> files = expand(paths);
        if (files.isEmpty()) throw new NoInputs("no text files found in " + paths);
        return files;
    }

    /** {@link #expandForLoad}, for a load that needs at least one input. */
    static List<Path> forLoad(List<Path> paths) throws IOException {
        List<Path> files = expandForLoad(paths);
        if (files.isEmpty()) throw new NoInputs("no text or RDF files found in " + paths);
        return files;
    }

    /** Files given by name are taken as they are; folders are searched for files that {@code wanted} accepts. */
    private static List<Path> expand(List<Path> paths, Predicate<Path> wanted) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(wanted).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isText(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        for (String s : TEXT_SUFFIXES) if (n.endsWith(s)) return true;
        return false;
    }

    /** The file name without its last extension. */
    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
