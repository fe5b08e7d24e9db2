package org.resograph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.resograph.rdf.SharedLanguageGraph;
import org.resograph.rdf.Vocab;
import org.resograph.similar.Passage;
import org.resograph.similar.SharedLanguageFinder;

/**
 * Computes the shared-language graph: for a database about to be built, from the paragraphs of
 * the load's spool ({@link #intoSpool}); for an existing TDB2 database, from every paragraph it
 * holds ({@link #recompute}).
 *
 * <p>The paragraphs are read in a read transaction; the pairs are computed in memory; then one
 * write transaction deletes the graph {@code BASE graph/shared-language} and writes the new one.
 * A recompute that dies before that transaction commits leaves the old graph, whole.
 */
public final class SharedLanguageStore {
    private SharedLanguageStore() {}

    /** What a recompute did. */
    public record Result(int paragraphs, int pairs, long quads, double seconds, SharedLanguageFinder.Stats stats) {}

    private static final Node TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node TEXT = NodeFactory.createURI(Vocab.RG + "text");
    private static final Node PART_OF = NodeFactory.createURI(Vocab.ELI + "is_part_of");
    private static final Node DOCUMENT = NodeFactory.createURI(Vocab.RG + "Document");
    private static final Node ISSUED = NodeFactory.createURI(Vocab.RG + "issued");
    private static final Node EMBODIES = NodeFactory.createURI(Vocab.RG + "embodies");
    private static final Node ADOPTED = NodeFactory.createURI(Vocab.RG + "adoptionDate");
    /** The kinds of paragraph compared: not footnotes. */
    private static final List<Node> PARAGRAPH_TYPES = List.of("PreambularParagraph", "OperativeParagraph", "AnnexParagraph", "SubParagraph")
            .stream().map(t -> NodeFactory.createURI(Vocab.RG + t)).toList();

    /**
     * Every paragraph of the database, read in a read transaction: preambular, operative and
     * annexed paragraphs and sub-paragraphs (not footnotes), each with its text, the document it
     * is part of (directly or through its parent paragraphs, in the same graph) and the date of
     * that document (its date of issue, or else the adoption date of the resolution it prints).
     * Read straight from the indexes: for 400,000 paragraphs this is several times faster than
     * the same question in SPARQL (a property path, a join and a grouping).
     */
    public static List<Passage> paragraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Passage> byId = new HashMap<>();
            Map<Node, Map<Node, Node>> documentOf = new HashMap<>(); // graph -> part -> its document (or the part itself if none)
            Map<Node, Map<Node, String>> dates = new HashMap<>();
            for (Node type : PARAGRAPH_TYPES) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, TYPE, type);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Node g = q.getGraph();
                    Node p = q.getSubject();
                    if (!p.isURI()) continue;
                    Node text = first(dsg, g, p, TEXT);
                    if (text == null || !text.isLiteral()) continue;
                    Node doc = document(dsg, g, p, documentOf.computeIfAbsent(g, x -> new HashMap<>()));
                    if (doc == null || !doc.isURI()) continue;
                    String date = dates.computeIfAbsent(g, x -> new HashMap<>()).computeIfAbsent(doc, d -> date(dsg, g, d));
                    Passage passage = new Passage(p.getURI(), doc.getURI(), date, text.getLiteralLexicalForm());
                    // A paragraph printed in two graphs (two copies of one document): keep one, the same one each time.
                    byId.merge(passage.id(), passage, (x, y) -> Passage.ORDER.compare(x, y) <= 0 ? x : y);
                }
            }
            return new ArrayList<>(byId.values());
        });
    }

    /** The document a part belongs to, following eli:is_part_of up to six steps, in graph g. */
    private static Node document(DatasetGraph dsg, Node g, Node part, Map<Node, Node> cache) {
        Node known = cache.get(part);
        if (known != null) return known;
        Node at = part;
        Node doc = null;
        for (int depth = 0; depth < 6 && doc == null; depth++) {
            at = first(dsg, g, at, PART_OF);
            if (at == null) break;
            Node cached = cache.get(at);
            if (cached != null) doc = cached;
            else if (dsg.contains(g, at, TYPE, DOCUMENT)) doc = at;
        }
        if (doc != null) cache.put(part, doc);
        return doc;
    }

    private static String date(DatasetGraph dsg, Node g, Node doc) {
        String best = null;
        List<Node> dates = new ArrayList<>();
        dsg.find(g, doc, ISSUED, Node.ANY).forEachRemaining(q -> dates.add(q.getObject()));
        if (dates.isEmpty()) {
            dsg.find(g, doc, EMBODIES, Node.ANY).forEachRemaining(e -> dsg.find(g, e.getObject(), ADOPTED, Node.ANY)
                    .forEachRemaining(q -> dates.add(q.getObject())));
        }
        for (Node d : dates) {
            if (d.isLiteral() && (best == null || d.getLiteralLexicalForm().compareTo(best) < 0)) best = d.getLiteralLexicalForm();
        }
        return best;
    }

    private static Node first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        Node o = it.hasNext() ? it.next().getObject() : null;
        org.apache.jena.atlas.iterator.Iter.close(it);
        return o;
    }

    /** Recomputes the graph in the database at {@code db}. */
    public static Result recompute(Path db, String base, SharedLanguageFinder.Options options, MonitorOutput monitor) {
        DatasetGraph dsg = TdbStore.open(db);
        try {
            return recompute(dsg, base, options, monitor);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Recomputes the graph in an open TDB2 dataset. The pairs are found in memory, then streamed
     * into one write transaction that first deletes the old graph.
     */
    public static Result recompute(DatasetGraph dsg, String base, SharedLanguageFinder.Options options, MonitorOutput monitor) {
        long start = System.nanoTime();
        List<Passage> paragraphs = paragraphs(dsg);
        SharedLanguageFinder finder = new SharedLanguageFinder(options);
        Node g = NodeFactory.createURI(SharedLanguageGraph.graphName(base));
        // One write transaction: startBulk begins it, finishBulk commits.
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, monitor);
        long[] quads = new long[1];
        loader.startBulk();
        try {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            StreamRDF stream = loader.stream();
            stream.start();
            java.util.function.Consumer<Quad> out = q -> {
                stream.quad(q);
                quads[0]++;
            };
            SharedLanguageGraph.writeMethod(base, options, out);
            finder.find(paragraphs, m -> SharedLanguageGraph.writePair(base, m, out));
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        SharedLanguageFinder.Stats s = finder.stats();
        return new Result(paragraphs.size(), s.matches(), quads[0], (System.nanoTime() - start) / 1e9, s);
    }

    /** The predicates that {@link #paragraphs} reads: all that is kept of a spool to find the pairs. */
    private static final java.util.Set<Node> PASSAGE_PREDICATES = java.util.Set.of(TYPE, TEXT, PART_OF, ISSUED, EMBODIES, ADOPTED);
    private static final java.util.Set<Node> PASSAGE_TYPES = new java.util.HashSet<>(PARAGRAPH_TYPES);

    static {
        PASSAGE_TYPES.add(DOCUMENT);
    }

    /**
     * Finds the pairs among the paragraphs of a spool that is about to become a new database,
     * and writes the shared-language graph into a segment of the same spool, so that the bulk
     * loader writes it with the rest: far faster than inserting millions of quads into the built
     * database afterwards, one B+tree insert at a time. Only the quads the paragraph reader
     * needs (types, texts, part-of links, dates) are held in memory while the spool is read.
     */
    public static Result intoSpool(QuadSpool spool, String base, SharedLanguageFinder.Options options) throws java.io.IOException {
        long start = System.nanoTime();
        DatasetGraph passages = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(passages, () -> {
            StreamRDF keep = new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!PASSAGE_PREDICATES.contains(q.getPredicate())) return;
                    // Of the types, only those the reader asks about: the others are most of a corpus's.
                    if (q.getPredicate().equals(TYPE) && !PASSAGE_TYPES.contains(q.getObject())) return;
                    passages.add(q);
                }
            };
            for (Path f : spool.files()) org.apache.jena.riot.RDFParser.source(f).parse(keep);
        });
        List<Passage> paragraphs = paragraphs(passages);
        passages.close();
        SharedLanguageFinder finder = new SharedLanguageFinder(options);
        long[] quads = new long[1];
        try (QuadSpool.Segment out = spool.segment()) {
            List<Quad> batch = new ArrayList<>();
            java.util.function.Consumer<Quad> add = q -> {
                batch.add(q);
                quads[0]++;
            };
            SharedLanguageGraph.writeMethod(base, options, add);
            // The finder calls back on this thread, one pair at a time.
            finder.find(paragraphs, m -> {
                SharedLanguageGraph.writePair(base, m, add);
                if (batch.size() >= 10_000) {
                    out.accept(List.copyOf(batch));
                    batch.clear();
                }
            });
            out.accept(batch);
            out.commit();
        }
        SharedLanguageFinder.Stats st = finder.stats();
        return new Result(paragraphs.size(), st.matches(), quads[0], (System.nanoTime() - start) / 1e9, st);
    }
}
