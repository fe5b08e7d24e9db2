package org.resograph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.resograph.rdf.RdfFormat;

/**
 * The first phase of a load: everything to be loaded, written to temporary N-Quads files before
 * the database is touched. Converting and parsing happen here, so a bad input is rejected whole
 * before anything is stored, and the database sees one transaction of already-valid data.
 *
 * <p>Segments are written whole or dropped: a segment that fails half-way is deleted and its
 * graphs are not counted.
 */
public final class QuadSpool implements AutoCloseable {
    private final Path dir;
    private final List<Path> files = new ArrayList<>();
    private final Set<Node> graphs = ConcurrentHashMap.newKeySet();
    private final AtomicLong quads = new AtomicLong();
    private int next;

    private QuadSpool(Path dir) {
        this.dir = dir;
    }

    /** A spool in a new temporary folder under {@code parent} (the database's folder, so it is on the same disk). */
    public static QuadSpool create(Path parent) throws IOException {
        Files.createDirectories(parent);
        return new QuadSpool(Files.createTempDirectory(parent, ".resograph-spool-"));
    }

    /** Opens a new segment; close it with {@link Segment#commit()} or {@link Segment#abort()}. */
    public synchronized Segment segment() throws IOException {
        Path f = dir.resolve("segment-" + (next++) + ".nq");
        return new Segment(f);
    }

    /**
     * Takes an input file as it is, for a file already checked to be valid N-Quads or TriG with
     * every quad in a named graph: the loader reads it directly, saving a copy.
     */
    public synchronized void addAsIs(Path file, Set<Node> fileGraphs, long fileQuads) {
        files.add(file);
        graphs.addAll(fileGraphs);
        quads.addAndGet(fileQuads);
    }

    /** The committed segment files, in the order they were committed. */
    public synchronized List<Path> files() {
        return List.copyOf(files);
    }

    /** Every graph that the committed segments write. */
    public Set<Node> graphs() {
        return Set.copyOf(graphs);
    }

    public long quadCount() {
        return quads.get();
    }

    /** Deletes the spool folder. */
    @Override
    public void close() throws IOException {
        Files.walk(dir).sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    }

    /** One temporary N-Quads file; {@link #accept} is thread-safe and writes each document at once. */
    public final class Segment implements AutoCloseable {
        private final Path file;
        private final OutputStream out;
        private final RdfFormat.Sink sink;
        private final Set<Node> segmentGraphs = ConcurrentHashMap.newKeySet();
        private final AtomicLong segmentQuads = new AtomicLong();
        private boolean closed;

        private Segment(Path file) throws IOException {
            this.file = file;
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            this.sink = RdfFormat.NQUADS.open(out);
        }

        public void accept(List<Quad> quads) {
            for (Quad q : quads) segmentGraphs.add(q.getGraph());
            segmentQuads.addAndGet(quads.size());
            sink.accept(quads);
        }

        /** Keeps what was written. */
        public void commit() throws IOException {
            finish();
            synchronized (QuadSpool.this) {
                files.add(file);
            }
            graphs.addAll(segmentGraphs);
            quads.addAndGet(segmentQuads.get());
        }

        /** Drops what was written. */
        public void abort() {
            try {
                finish();
            } catch (IOException | UncheckedIOException ignored) {
                // the file is deleted anyway
            }
            file.toFile().delete();
        }

        private void finish() throws IOException {
            if (closed) return;
            closed = true;
            sink.close();
            out.close();
        }

        /** Aborts unless committed. */
        @Override
        public void close() {
            if (!closed) abort();
        }
    }
}
