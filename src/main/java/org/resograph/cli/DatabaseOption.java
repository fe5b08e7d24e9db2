package org.resograph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db} option shared by load, serve and query. */
final class DatabaseOption {
    /** Where the database lives when neither --db nor RESOGRAPH_DB says otherwise. */
    static final String DEFAULT_DB = "data/tdb2";

    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 database folder (default: $RESOGRAPH_DB, else " + DEFAULT_DB + ").")
    Path db;

    Path db() {
        if (db != null) return db;
        String env = System.getenv("RESOGRAPH_DB");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_DB);
    }
}
