package org.resograph.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a spooled load into a TDB2 database so that the load happens whole or not at all.
 *
 * <ul>
 * <li>A new (absent or empty) database is built by Jena's phased bulk loader in a sibling
 * staging folder, then renamed into place: a load that dies leaves no database, as before.</li>
 * <li>An existing database gets one write transaction: the graphs being loaded are deleted, then
 * the spool is streamed in by Jena's sequential bulk loader, then the transaction commits. A load
 * that dies before the commit is rolled back by TDB2's journal when the database is next opened;
 * readers see the old graphs until the commit.</li>
 * </ul>
 */
public final class TdbStore {
    private TdbStore() {}

    /** What a load did. */
    public record Result(long quadsLoaded, int graphsReplaced, boolean newDatabase, double seconds) {}

    public static Result load(Path db, QuadSpool spool, MonitorOutput monitor) throws IOException {
        long start = System.nanoTime();
        List<String> files = spool.files().stream().map(Path::toString).toList();
        boolean fresh = isAbsentOrEmpty(db);
        if (fresh) {
            loadNew(db, files, monitor);
        } else {
            loadExisting(db, spool, files, monitor);
        }
        return new Result(spool.quadCount(), spool.graphs().size(), fresh, (System.nanoTime() - start) / 1e9);
    }

    /** Whether a load into {@code db} builds a new database (the folder is missing or empty). */
    public static boolean willCreate(Path db) throws IOException {
        return isAbsentOrEmpty(db);
    }

    /** Opens a database for use in this process, with a clear message when another process holds it. */
    public static DatasetGraph open(Path db) {
        if (Files.exists(db) && !isTdb2(db)) throw new StoreException(db + ": not a TDB2 database");
        try {
            return DatabaseMgr.connectDatasetGraph(db.toString());
        } catch (TDBException | DBOpEnvException e) {
            throw new StoreException(db + ": cannot open the database (" + e.getMessage()
                    + "); a TDB2 database is used by one process at a time: while `resograph serve` runs on it, "
                    + "go through http://localhost:3030/resograph (query --endpoint, load --endpoint with serve --allow-update)", e);
        }
    }

    /** Releases the database files held by this process. */
    public static void close(DatasetGraph dsg) {
        TDBInternal.expel(dsg);
    }

    private static void loadNew(Path db, List<String> files, MonitorOutput monitor) throws IOException {
        Path staging = db.resolveSibling(db.getFileName() + ".loading");
        deleteTree(staging); // what a killed earlier load left
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(staging.toString());
        try {
            bulkLoad(LoaderFactory.phasedLoader(dsg, monitor), files, () -> {});
        } finally {
            TDBInternal.expel(dsg);
        }
        if (Files.exists(db)) Files.delete(db); // an empty folder
        try {
            Files.move(staging, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, db);
        }
    }

    private static void loadExisting(Path db, QuadSpool spool, List<String> files, MonitorOutput monitor) {
        DatasetGraph dsg = open(db);
        try {
            // The sequential loader works inside one write transaction (startBulk begins it,
            // finishBulk commits), so the deletes below and the new data commit together.
            bulkLoad(LoaderFactory.sequentialLoader(dsg, monitor), files, () -> {
                for (Node g : spool.graphs()) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Runs a bulk load: {@code first} runs after the loader has started (inside its transaction, if it has one). */
    private static void bulkLoad(DataLoader loader, List<String> files, Runnable first) {
        loader.startBulk();
        try {
            first.run();
            loader.load(files);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    static boolean isAbsentOrEmpty(Path db) throws IOException {
        if (!Files.exists(db)) return true;
        if (!Files.isDirectory(db)) throw new StoreException(db + ": exists and is not a folder");
        try (Stream<Path> s = Files.list(db)) {
            return s.findAny().isEmpty();
        }
    }

    static boolean isTdb2(Path db) {
        if (!Files.isDirectory(db)) return false;
        try (Stream<Path> s = Files.list(db)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
