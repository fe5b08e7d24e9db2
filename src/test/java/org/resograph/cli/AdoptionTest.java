package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;
import org.resograph.store.TdbStore;

/** Adoption tables beside the texts, the revisions query and the adoption suggestions. */
class AdoptionTest {
    static final String ID = "https://w3id.org/resograph/id/";

    @TempDir
    Path tmp;

    @Test
    void revisionsAndAdoptionsOfTheSeedsComeFromSymbolsAndTheAdoptionTable() throws IOException {
        Path db = tmp.resolve("db");
        CliTest.Run r = CliTest.run("load", "-q", "--db", db.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        List<String> rows = rows(db, "queries/revisions.rq", "document", "revises", "adoptedAs", "adoptionDate");
        assertEquals(List.of(
                ID + "document/E/CN.15/2019/L.3/Rev.1 | " + ID + "document/E/CN.15/2019/L.3 | " + ID + "resolution/ga/74/174 | 2019-12-18",
                ID + "document/unsymbolled/ccpcj/15/2006-04-19/strengthening-international-cooperation-in-preventing-and-combating-trafficking"
                        + " | - | " + ID + "resolution/ecosoc/2006/27 | 2006-07-27"), rows);
    }

    @Test
    void aBadAdoptionTableIsRejectedWholeWithItsLine() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(TestData.seeds().get(4), in.resolve("draft.txt"));
        Files.writeString(in.resolve("adoptions.csv"), "symbol,adopted_as,date,source\n"
                + "E/CN.15/2019/L.3/Rev.1,A/RES/74/174,2019-12-18,GA 74/174\n"
                + "E/CN.15/2019/L.4,resolution seventy-four,2019-12-18,a guess\n");
        CliTest.Run r = CliTest.run("load", "-q", "--db", tmp.resolve("db").toString(), in.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code());
        assertTrue(r.err().contains("adoptions.csv: line 3: adopted_as 'resolution seventy-four'"), r.err());
        // The draft itself was loaded; nothing of the table was.
        assertEquals(List.of(), rows(tmp.resolve("db"), "queries/revisions.rq", "adoptedAs").stream().filter(s -> !s.equals("-")).toList());
    }

    @Test
    void aDraftWithoutAnAdoptionRecordGetsSuggestionsWithTheirEvidence() throws IOException {
        assumeTrue(TestData.sharedPresent(), "../shared is not beside the project");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (Path s : TestData.seeds()) Files.copy(s, in.resolve(s.getFileName()));
        Files.copy(TestData.SHARED.resolve("corpus/texts/ga_74_174.txt"), in.resolve("ga_74_174.txt"));
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("load", "-q", "--db", db.toString(), in.toString()).code());
        assertEquals(List.of(ID + "document/E/CN.15/2019/L.3/Rev.1 | " + ID + "resolution/ga/74/174 | 2019-12-18 | "
                + "an adopted text in the corpus prints this title | " + ID + "document/A/RES/74/174"),
                rows(db, "queries/adoption-suggestions.rq", "document", "suggested", "adoptionDate", "evidence", "evidenceSource"));
    }

    /** Runs a query file over the database (union default graph), one line per row. */
    static List<String> rows(Path db, String queryFile, String... vars) throws IOException {
        Query q = QueryFactory.create(Files.readString(Path.of(queryFile)));
        DatasetGraph dsg = TdbStore.open(db);
        try {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return Txn.calculateRead(dsg, () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        List<String> cells = new ArrayList<>();
                        for (String v : vars) {
                            var n = s.get(v);
                            cells.add(n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                        }
                        out.add(String.join(" | ", cells));
                    }
                }
                return out;
            });
        } finally {
            TdbStore.close(dsg);
        }
    }
}
