package org.resograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.cli.Pipeline;
import org.resograph.link.LinkedDocument;

/**
 * What {@code convert} writes parses back, with Jena RIOT and with RDF4J Rio, to the graph that
 * was written; the same input gives the same quads; the base option moves every data IRI.
 */
class RdfOutputTest {

    private static List<Quad> seedQuads(String base) {
        RdfMapper mapper = new RdfMapper(base, Pipeline.load().gazetteer(), "test");
        List<Quad> all = new ArrayList<>();
        for (Path seed : TestData.seeds()) {
            QuadCollector c = new QuadCollector();
            mapper.map(TestData.convert(seed), c);
            all.addAll(c.quads());
        }
        return all;
    }

    private static byte[] write(RdfFormat format, List<Quad> quads) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RdfFormat.Sink sink = format.open(out)) {
            sink.accept(quads);
        }
        return out.toByteArray();
    }

    private static DatasetGraph dataset(List<Quad> quads, boolean union) {
        DatasetGraph d = DatasetGraphFactory.create();
        for (Quad q : quads) d.add(union ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q);
        return d;
    }

    private static DatasetGraph riot(byte[] bytes, Lang lang) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(d);
        return d;
    }

    /** Rio's statements in Jena's terms, as sorted N-Quads lines. */
    private static Set<String> rio(byte[] bytes, RDFFormat format) throws Exception {
        Model m = Rio.parse(new ByteArrayInputStream(bytes), "", format);
        Set<String> out = new TreeSet<>();
        for (Statement st : m) {
            Node g = st.getContext() == null ? Quad.defaultGraphIRI : jena(st.getContext());
            out.add(NodeFmtLib.strNQ(jena(st.getSubject()), jena(st.getPredicate()), jena(st.getObject()), g));
        }
        return out;
    }

    private static Node jena(Value v) {
        if (v instanceof IRI iri) return NodeFactory.createURI(iri.stringValue());
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }

    private static Set<String> lines(DatasetGraph d) {
        Set<String> out = new TreeSet<>();
        d.find().forEachRemaining(q -> out.add(NodeFmtLib.strNQ(q.getSubject(), q.getPredicate(), q.getObject(),
                q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph())));
        return out;
    }

    @Test
    void trigParsesWithRiotAndRioToTheSameGraphs() throws Exception {
        List<Quad> quads = seedQuads(Vocab.DEFAULT_BASE);
        byte[] trig = write(RdfFormat.TRIG, quads);
        DatasetGraph expected = dataset(quads, false);
        DatasetGraph viaRiot = riot(trig, Lang.TRIG);
        assertTrue(IsoMatcher.isomorphic(expected, viaRiot), "RIOT reads back what was written");
        assertEquals(lines(viaRiot), rio(trig, RDFFormat.TRIG), "Rio reads the same quads as RIOT");
        assertEquals(5, viaRiot.size(), "one named graph per document");
    }

    @Test
    void turtleParsesWithRiotAndRioToTheUnionGraph() throws Exception {
        List<Quad> quads = seedQuads(Vocab.DEFAULT_BASE);
        byte[] ttl = write(RdfFormat.TURTLE, quads);
        DatasetGraph expected = dataset(quads, true);
        DatasetGraph viaRiot = riot(ttl, Lang.TURTLE);
        assertTrue(IsoMatcher.isomorphic(expected, viaRiot));
        assertEquals(lines(viaRiot), rio(ttl, RDFFormat.TURTLE));
    }

    @Test
    void nquadsAndJsonLdParseBackWithRiot() {
        List<Quad> quads = seedQuads(Vocab.DEFAULT_BASE);
        DatasetGraph expected = dataset(quads, false);
        assertTrue(IsoMatcher.isomorphic(expected, riot(write(RdfFormat.NQUADS, quads), Lang.NQUADS)));
        assertTrue(IsoMatcher.isomorphic(expected, riot(write(RdfFormat.JSONLD, quads), Lang.JSONLD)));
    }

    @Test
    void theSameInputGivesTheSameSortedNQuads() {
        byte[] first = write(RdfFormat.NQUADS, seedQuads(Vocab.DEFAULT_BASE));
        byte[] second = write(RdfFormat.NQUADS, seedQuads(Vocab.DEFAULT_BASE));
        assertEquals(sorted(first), sorted(second));
        assertFalse(new String(first, StandardCharsets.UTF_8).contains("_:"), "no blank nodes");
    }

    @Test
    void theBaseOptionMovesEveryDataIri() {
        String base = "http://example.org/un/";
        Set<String> subjects = new TreeSet<>();
        for (Quad q : seedQuads(base)) {
            subjects.add(q.getSubject().getURI());
            assertTrue(q.getGraph().getURI().startsWith(base + "graph/"), q.getGraph().getURI());
        }
        for (String s : subjects) assertTrue(s.startsWith(base) || s.startsWith(Vocab.SDG), s);
        LinkedDocument d = TestData.convert(TestData.SEEDS.resolve("004_48a48206d42da546.txt"));
        assertEquals(base + "id/document/E/CN.15/2019/L.3/Rev.1", new RdfMapper(base, Pipeline.load().gazetteer(), "t").iris(d).document());
    }

    private static String sorted(byte[] nq) {
        return String.join("\n", new TreeSet<>(List.of(new String(nq, StandardCharsets.UTF_8).split("\n"))));
    }
}
