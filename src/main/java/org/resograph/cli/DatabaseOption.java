package org.resograph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.store.StoreException;
import org.resograph.store.TdbStore;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by load, serve and query. */
final class DatabaseOption {
    /** Where the database lives when neither --db nor RESOGRAPH_DB says otherwise. */
    static final String DEFAULT_DB = "data/tdb2";

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database folder (default: $RESOGRAPH_DB, else " + DEFAULT_DB + ").")
    Path db;

    /** Opens the existing database, or says on standard error why not (naming it) and returns null. */
    DatasetGraph openExisting(String hint) {
        Path db = db();
        if (!Files.isDirectory(db)) {
            System.err.println("resograph: error: no database at " + db + "; run `resograph load FILE...` first, or " + hint);
            return null;
        }
        try {
            return TdbStore.open(db);
        } catch (StoreException e) {
            System.err.println("resograph: error: " + e.getMessage());
            return null;
        }
    }

    Path db() {
        if (db != null) return db;
        String env = System.getenv("RESOGRAPH_DB");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_DB);
    }
}
