package org.resograph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Test helpers: the whole content of a TDB2 database as sorted N-Quads. */
public final class Databases {
    private Databases() {}

    public static String sortedNQuads(Path db) {
        DatasetGraph dsg = TdbStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, dsg, Lang.NQUADS);
                String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
                Arrays.sort(lines);
                return String.join("\n", lines);
            });
        } finally {
            TdbStore.close(dsg);
        }
    }
}
