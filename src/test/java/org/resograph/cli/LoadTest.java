package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;
import org.resograph.rdf.StandingGraphs;
import org.resograph.rdf.Vocab;
import org.resograph.store.Databases;
import org.resograph.store.TdbStore;

/** {@code resograph load}: graphs replaced atomically, bad files skipped, killed loads rolled back. */
class LoadTest {

    @TempDir
    Path tmp;

    @Test
    void loadingTwiceGivesTheSameDatabaseWithOneGraphPerDocumentAndTheStandingGraphs() {
        Path db = tmp.resolve("db");
        CliTest.Run first = CliTest.run("load", "-q", "--db", db.toString(), "seeds");
        assertEquals(0, first.code(), first.err());
        String once = Databases.sortedNQuads(db);
        CliTest.Run second = CliTest.run("load", "-q", "--db", db.toString(), "seeds");
        assertEquals(0, second.code(), second.err());
        assertEquals(once, Databases.sortedNQuads(db));

        DatasetGraph dsg = TdbStore.open(db);
        try {
            List<String> graphs = Txn.calculateRead(dsg, () -> {
                List<String> g = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(n -> g.add(n.getURI()));
                return g;
            });
            assertTrue(graphs.contains(StandingGraphs.ontologyGraph(Vocab.DEFAULT_BASE)), graphs.toString());
            assertTrue(graphs.contains(StandingGraphs.referenceGraph(Vocab.DEFAULT_BASE)), graphs.toString());
            assertTrue(graphs.contains(Vocab.DEFAULT_BASE + "graph/adoptions/adoptions.csv"), graphs.toString());
            assertTrue(graphs.contains(Vocab.DEFAULT_BASE + "graph/shared-language"), graphs.toString());
            assertEquals(TestData.seeds().size() + 4, graphs.size(), graphs.toString());
        } finally {
            TdbStore.close(dsg);
        }
    }

    @Test
    void reloadingAChangedDocumentReplacesItsGraphAndLeavesTheOthers() throws IOException {
        Path db = tmp.resolve("db");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path seed = TestData.seeds().get(0);
        Path copy = in.resolve(seed.getFileName());
        Files.copy(seed, copy);
        assertEquals(0, CliTest.run("load", "-q", "--db", db.toString(), "seeds").code());
        String before = Databases.sortedNQuads(db);
        // Cut the last operative paragraphs: the document's graph shrinks, nothing else changes.
        String text = Files.readString(copy);
        Files.writeString(copy, text.substring(0, (int) (text.length() * 0.7)));
        assertEquals(0, CliTest.run("load", "-q", "--no-reference", "--db", db.toString(), copy.toString()).code());
        String after = Databases.sortedNQuads(db);
        assertNotEquals(before, after);
        assertTrue(after.length() < before.length());
        // Loading the full text again restores the first state exactly: nothing of the short version survives.
        Files.copy(seed, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, CliTest.run("load", "-q", "--no-reference", "--db", db.toString(), copy.toString()).code());
        assertEquals(before, Databases.sortedNQuads(db));
    }

    @Test
    void aBadFileIsReportedAndTheRestOfTheBatchIsLoaded() throws IOException {
        Path db = tmp.resolve("db");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (Path s : TestData.seeds()) Files.copy(s, in.resolve(s.getFileName()));
        Files.write(in.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        Files.writeString(in.resolve("broken.ttl"), "<http://example.org/a> <http://example.org/b> \"unterminated .\n");
        CliTest.Run r = CliTest.run("load", "-q", "--db", db.toString(), in.toString());
        assertEquals(ExitCodes.FAILED_INPUTS, r.code(), r.err());
        assertTrue(r.err().contains("broken.txt"), r.err());
        assertTrue(r.err().contains("broken.ttl") && r.err().contains("line"), r.err());
        DatasetGraph dsg = TdbStore.open(db);
        try {
            long graphs = Txn.calculateRead(dsg, () -> {
                long n = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
                return n;
            });
            assertEquals(TestData.seeds().size() + 3, graphs);
        } finally {
            TdbStore.close(dsg);
        }
    }

    @Test
    void rdfFilesAreLoadedAsTheyAreAndTriplesGoToAGraphNamedAfterTheFile() throws IOException {
        Path db = tmp.resolve("db");
        Path nq = tmp.resolve("seeds.nq");
        assertEquals(0, CliTest.run("convert", "-q", "seeds", "-o", nq.toString()).code());
        Path ttl = tmp.resolve("extra.ttl");
        Files.writeString(ttl, "<http://example.org/a> <http://example.org/b> \"c\" .\n");
        CliTest.Run r = CliTest.run("load", "-q", "--no-reference", "--db", db.toString(), nq.toString(), ttl.toString());
        assertEquals(0, r.code(), r.err());
        Path fromText = tmp.resolve("db2");
        List<String> args = new ArrayList<>(List.of("load", "-q", "--no-reference", "--db", fromText.toString()));
        TestData.seeds().forEach(p -> args.add(p.toString()));
        assertEquals(0, CliTest.run(args.toArray(String[]::new)).code());
        String all = Databases.sortedNQuads(db);
        assertTrue(all.contains("<http://example.org/a> <http://example.org/b> \"c\" <" + Vocab.DEFAULT_BASE + "graph/file/extra.ttl> ."), all.substring(0, 300));
        assertEquals(Databases.sortedNQuads(fromText), all.replace(
                "<http://example.org/a> <http://example.org/b> \"c\" <" + Vocab.DEFAULT_BASE + "graph/file/extra.ttl> .\n", ""));
    }

    /**
     * Kills a load in the middle of writing into an existing database, then reopens it: the
     * database is exactly as before that load. Then does the same to a load into a new database:
     * no database is left, and the next load works.
     */
    @Test
    void aKilledLoadLeavesTheDatabaseAsItWas() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("load", "-q", "--db", db.toString(), "seeds").code());
        String before = Databases.sortedNQuads(db);

        Path big = manyDocuments(tmp.resolve("big"), 150);
        assertKilledWhileWriting(db, big);
        assertEquals(before, Databases.sortedNQuads(db), "the database changed after a killed load");

        Path fresh = tmp.resolve("fresh");
        assertKilledWhileWriting(fresh, big);
        assertFalse(Files.exists(fresh), "a killed load into a new database left a database behind");
        CliTest.Run r = CliTest.run("load", "-q", "--db", fresh.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        assertEquals(before, Databases.sortedNQuads(fresh));
    }

    /**
     * Copies of the seeds. Copies of one seed share its graph, but the spool carries every copy,
     * so the write phase lasts long enough to be killed in the middle.
     */
    static Path manyDocuments(Path dir, int copies) throws IOException {
        Files.createDirectories(dir);
        List<Path> seeds = TestData.seeds();
        for (int i = 0; i < copies; i++) {
            Path s = seeds.get(i % seeds.size());
            String text = Files.readString(s);
            Files.writeString(dir.resolve(i + "-" + s.getFileName()), text);
        }
        return dir;
    }

    private static void assertKilledWhileWriting(Path db, Path inputs) throws Exception {
        List<String> cmd = List.of(javaBin(), "-cp", testClassPath(), "org.resograph.cli.Main", "load", "--db", db.toString(), inputs.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        boolean writing = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                seen.append(line).append('\n');
                // The loader's own progress: data is going into the database's indexes now.
                if (line.startsWith("resograph: tdb2:")) {
                    writing = true;
                    Thread.sleep(150);
                    p.destroyForcibly();
                    break;
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(writing, "the load never reached the database:\n" + seen);
        assertNotEquals(0, p.exitValue(), "the load finished before it could be killed:\n" + seen);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null ? cp : System.getProperty("java.class.path");
    }

}
