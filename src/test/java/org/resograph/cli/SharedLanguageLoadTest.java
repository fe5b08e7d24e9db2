package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.lexicon.DataFiles;
import org.resograph.rdf.SharedLanguageGraph;
import org.resograph.rdf.Vocab;
import org.resograph.store.TdbStore;

/** The shared-language graph that {@code load} recomputes, its shapes, and queries/shared-language.rq on it. */
class SharedLanguageLoadTest {

    static final String DOC = Vocab.DEFAULT_BASE + "id/document/";
    static final String BELARUS_2018 = DOC + "unsymbolled/ccpcj/27/2018-04-13/preventing-and-combating-technology-facilitated-trafficking-in-persons";
    static final String COLOMBIA_2018 = DOC + "unsymbolled/ccpcj/27/2018-05-17/strengthening-measures-against-trafficking-in-persons";
    static final String GRAPH = SharedLanguageGraph.graphName(Vocab.DEFAULT_BASE);

    @TempDir
    Path tmp;

    @Test
    void loadRecomputesTheGraphAndSaysSo() {
        Path db = tmp.resolve("db");
        CliTest.Run r = CliTest.run("load", "--db", db.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        Matcher m = Pattern.compile("shared language: (\\d+) pairs .* in [0-9.]+ s").matcher(r.err());
        assertTrue(m.find(), r.err());
        int pairs = Integer.parseInt(m.group(1));
        assertTrue(pairs >= 5, r.err());

        DatasetGraph dsg = TdbStore.open(db);
        try {
            Graph g = Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(GRAPH)).find().forEachRemaining(copy::add);
                return copy;
            });
            Node type = NodeFactory.createURI(Vocab.RDF + "type");
            assertEquals(pairs, g.find(Node.ANY, type, NodeFactory.createURI(Vocab.RG + "SharedLanguage")).toList().size());
            // the pair of the two 2018 drafts, under the IRI made of the two paragraph IRIs
            Node pair = NodeFactory.createURI(SharedLanguageGraph.pairIri(Vocab.DEFAULT_BASE, COLOMBIA_2018 + "/operative/1",
                    BELARUS_2018 + "/operative/1"));
            assertTrue(pair.getURI().matches(".*/id/shared-language/[0-9a-f]{32}"), pair.getURI());
            assertTrue(g.contains(pair, rg("source"), NodeFactory.createURI(BELARUS_2018 + "/operative/1")));
            assertTrue(g.contains(pair, rg("target"), NodeFactory.createURI(COLOMBIA_2018 + "/operative/1")));
            Node score = g.find(pair, rg("similarity"), Node.ANY).next().getObject();
            assertEquals(Vocab.XSD + "decimal", score.getLiteralDatatypeURI());
            double s = Double.parseDouble(score.getLiteralLexicalForm());
            assertTrue(s > 0.85 && s < 0.97, score.toString());
            assertTrue(g.contains(NodeFactory.createURI(BELARUS_2018 + "/operative/1"), rg("sharesLanguageWith"),
                    NodeFactory.createURI(COLOMBIA_2018 + "/operative/1")));
            assertTrue(g.contains(NodeFactory.createURI(COLOMBIA_2018 + "/operative/1"), rg("sharesLanguageWith"),
                    NodeFactory.createURI(BELARUS_2018 + "/operative/1")));
            // no blank nodes; the shapes hold
            g.find().forEachRemaining(t -> assertFalse(t.getSubject().isBlank() || t.getObject().isBlank(), t.toString()));
            ValidationReport report = ShaclValidator.get().validate(Shapes.parse(DataFiles.read(DataFiles.SHAPES)), g);
            if (!report.conforms()) ShLib.printReport(report);
            assertTrue(report.conforms());
            // the ontology graph knows the new terms
            Graph ontology = DataFiles.read(DataFiles.ONTOLOGY);
            for (String term : List.of("SharedLanguage", "SharedLanguageMethod", "source", "target", "similarity", "sharedText",
                    "sharedWordCount", "method", "sharesLanguageWith")) {
                assertTrue(ontology.contains(rg(term), type, Node.ANY), term);
            }
        } finally {
            TdbStore.close(dsg);
        }
    }

    @Test
    void noSharedLanguageSkipsItAndALaterLoadReplacesTheGraphWhole() throws Exception {
        Path db = tmp.resolve("db");
        CliTest.Run r = CliTest.run("load", "-q", "--no-shared-language", "--db", db.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        assertEquals(0, pairsIn(db));

        assertEquals(0, CliTest.run("load", "-q", "--db", db.toString(), "seeds").code());
        long all = pairsIn(db);
        assertTrue(all >= 5);
        // Load a document that repeats a paragraph of a seed: the graph is computed again over the whole database.
        Path extra = tmp.resolve("extra");
        Files.createDirectories(extra);
        String seed = Files.readString(Path.of("seeds/001_73b88d5b32d44ec2.txt"));
        Files.writeString(extra.resolve("copy.txt"), seed.replace("13 April 2018", "13 April 2020")
                .replace("Preventing and combating technology-facilitated trafficking in persons", "Preventing technology-facilitated trafficking"));
        assertEquals(0, CliTest.run("load", "-q", "--no-reference", "--db", db.toString(), extra.toString()).code());
        assertTrue(pairsIn(db) > all + 20, "pairs: " + pairsIn(db));
    }

    @Test
    void theCannedQueryListsWhereAParagraphsLanguageAppearsBeforeAndAfter() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliTest.run("load", "-q", "--db", db.toString(), "seeds").code());
        String text = Files.readString(Path.of("queries/shared-language.rq"));
        for (String header : List.of("# title:", "# question:", "# param: document =", "# example:")) assertTrue(text.contains(header), header);
        Query query = QueryFactory.create(text);

        DatasetGraph dsg = TdbStore.open(db);
        try {
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            List<Map<String, String>> belarus = select(dsg, query, BELARUS_2018);
            Map<String, String> after = find(belarus, BELARUS_2018 + "/operative/1", COLOMBIA_2018 + "/operative/1");
            assertEquals("after", after.get("direction"));
            assertEquals("2018-05-17", after.get("otherDate"));
            assertEquals("Strengthening measures against trafficking in persons", after.get("otherTitle"));
            assertEquals("Operative paragraph 1", after.get("label"));
            assertTrue(Double.parseDouble(after.get("similarity")) > 0.85, after.toString());
            assertTrue(after.get("sharedText").contains("consider ratifying or acceding to"), after.toString());
            // the 2019 draft, with its symbol, takes up the same language later still
            Map<String, String> later = find(belarus, BELARUS_2018 + "/operative/1", DOC + "E/CN.15/2019/L.3/Rev.1/operative/17");
            assertEquals("E/CN.15/2019/L.3/Rev.1", later.get("otherSymbol"));
            for (Map<String, String> row : belarus) assertEquals(BELARUS_2018, row.get("document"));

            List<Map<String, String>> colombia = select(dsg, query, COLOMBIA_2018);
            Map<String, String> before = find(colombia, COLOMBIA_2018 + "/operative/1", BELARUS_2018 + "/operative/1");
            assertEquals("before", before.get("direction"));
            assertEquals("2018-04-13", before.get("otherDate"));
            // in reading order: the preamble's pairs before the operative part's, "before" before "after"
            List<String> paragraphs = colombia.stream().map(x -> x.get("paragraph")).distinct().toList();
            assertTrue(paragraphs.indexOf(COLOMBIA_2018 + "/preamble/1") < paragraphs.indexOf(COLOMBIA_2018 + "/operative/1"), paragraphs.toString());

            // unbound, the query lists every pair twice (once from each side)
            long pairs = pairsIn(dsg);
            assertEquals(2 * pairs, select(dsg, query, null).size());
        } finally {
            TdbStore.close(dsg);
        }
    }

    static List<Map<String, String>> select(DatasetGraph dsg, Query query, String document) {
        return Txn.calculateRead(dsg, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            var b = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query);
            if (document != null) b = b.substitution("document", org.apache.jena.rdf.model.ResourceFactory.createResource(document));
            try (QueryExecution qe = b.build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new java.util.HashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        var n = s.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    static Map<String, String> find(List<Map<String, String>> rows, String paragraph, String other) {
        for (Map<String, String> r : rows) if (paragraph.equals(r.get("paragraph")) && other.equals(r.get("otherParagraph"))) return r;
        throw new AssertionError(paragraph + " -> " + other + " not in " + rows);
    }

    @Test
    void aNewDatabaseGetsTheSameGraphInItsBulkLoadAsARecomputeGives() throws Exception {
        // New database: the pairs are found from the spool and bulk-loaded with the documents.
        Path fresh = tmp.resolve("fresh");
        CliTest.Run r = CliTest.run("load", "--db", fresh.toString(), "seeds");
        assertEquals(0, r.code(), r.err());
        int found = r.err().indexOf("shared language:"), writing = r.err().indexOf("writing ");
        assertTrue(found >= 0 && writing > found, "computed before the bulk load: " + r.err());
        // Existing database: recomputed after the load, in a write transaction of its own.
        Path later = tmp.resolve("later");
        assertEquals(0, CliTest.run("load", "-q", "--no-shared-language", "--db", later.toString(), "seeds").code());
        CliTest.Run again = CliTest.run("load", "--db", later.toString(), "seeds/adoptions.csv");
        assertEquals(0, again.code(), again.err());
        int loaded = again.err().indexOf("writing "), recomputed = again.err().indexOf("shared language:");
        assertTrue(loaded >= 0 && recomputed > loaded, "recomputed after the load: " + again.err());
        List<String> a = graphLines(fresh), b = graphLines(later);
        assertTrue(a.size() > 50, "quads: " + a.size());
        assertEquals(a, b);
    }

    /** The shared-language graph as sorted N-Triples lines. */
    static List<String> graphLines(Path db) {
        DatasetGraph dsg = TdbStore.open(db);
        try {
            return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(GRAPH)).find().toList().stream()
                    .map(t -> org.apache.jena.sparql.util.FmtUtils.stringForTriple(t, (org.apache.jena.shared.PrefixMapping) null))
                    .sorted().toList());
        } finally {
            TdbStore.close(dsg);
        }
    }

    static long pairsIn(Path db) {
        DatasetGraph dsg = TdbStore.open(db);
        try {
            return pairsIn(dsg);
        } finally {
            TdbStore.close(dsg);
        }
    }

    static long pairsIn(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(GRAPH))
                .find(Node.ANY, NodeFactory.createURI(Vocab.RDF + "type"), rg("SharedLanguage")).toList().size());
    }

    static Node rg(String local) {
        return NodeFactory.createURI(Vocab.RG + local);
    }
}
