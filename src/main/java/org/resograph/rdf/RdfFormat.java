package org.resograph.rdf;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The formats {@code resograph convert} writes. N-Quads, TriG and Turtle stream (memory stays
 * flat however many documents); JSON-LD is written from a dataset held in memory at the end.
 * Turtle has no named graphs: it holds the union of the documents' graphs.
 */
public enum RdfFormat {
    NQUADS("nq", Lang.NQUADS),
    TRIG("trig", Lang.TRIG),
    TURTLE("ttl", Lang.TURTLE),
    JSONLD("jsonld", Lang.JSONLD);

    private final String extension;
    private final Lang lang;

    RdfFormat(String extension, Lang lang) {
        this.extension = extension;
        this.lang = lang;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    /** The format named by a user: nq, nquads, trig, ttl, turtle, jsonld, json-ld. */
    public static RdfFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nq", "nquads", "n-quads" -> NQUADS;
            case "trig" -> TRIG;
            case "ttl", "turtle" -> TURTLE;
            case "jsonld", "json-ld" -> JSONLD;
            default -> throw new IllegalArgumentException("unknown RDF format '" + name + "' (use nq, trig, ttl or jsonld)");
        };
    }

    /** The format a file name's extension names, or null. */
    public static RdfFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) if (n.endsWith("." + f.extension)) return f;
        if (n.endsWith(".nquads")) return NQUADS;
        if (n.endsWith(".json")) return JSONLD;
        return null;
    }

    /** Where the quads of whole documents go; each document is written in one piece. */
    public interface Sink extends AutoCloseable {
        void accept(List<Quad> document);

        @Override
        void close();
    }

    /**
     * A sink for one small output (a document per file): Turtle and TriG are written pretty,
     * grouped by subject, from a dataset held in memory; the other formats as {@link #open}.
     */
    public Sink openPretty(OutputStream out) {
        if (this != TRIG && this != TURTLE) return open(out);
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (String[] p : Vocab.PREFIXES) dsg.prefixes().add(p[0], p[1]);
        return new Sink() {
            @Override
            public synchronized void accept(List<Quad> document) {
                for (Quad q : document) dsg.add(TRIG == RdfFormat.this ? q : Quad.create(Quad.defaultGraphIRI, q.asTriple()));
            }

            @Override
            public void close() {
                if (RdfFormat.this == TRIG) RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
                else RDFDataMgr.write(out, dsg.getDefaultGraph(), RDFFormat.TURTLE_PRETTY);
            }
        };
    }

    public Sink open(OutputStream out) {
        if (this == JSONLD) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            for (String[] p : Vocab.PREFIXES) dsg.prefixes().add(p[0], p[1]);
            return new Sink() {
                @Override
                public synchronized void accept(List<Quad> document) {
                    for (Quad q : document) dsg.add(q);
                }

                @Override
                public void close() {
                    RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11_PRETTY);
                }
            };
        }
        StreamRDF stream = this == NQUADS
                ? new WriterStreamRDFPlain(IO.wrapUTF8(out), new FastIriFormatter())
                : StreamRDFWriter.getWriterStream(out, this == TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.TURTLE_BLOCKS);
        stream.start();
        if (this != NQUADS) for (String[] p : Vocab.PREFIXES) stream.prefix(p[0], p[1]);
        boolean triples = this == TURTLE;
        return new Sink() {
            @Override
            public synchronized void accept(List<Quad> document) {
                for (Quad q : document) {
                    if (triples) stream.triple(q.asTriple());
                    else stream.quad(q);
                }
            }

            @Override
            public void close() {
                stream.finish();
            }
        };
    }

    /**
     * Jena's N-Triples node formatter, writing an IRI in one piece when none of its characters
     * needs escaping (the converter's own IRIs never do) instead of character by character.
     */
    private static final class FastIriFormatter extends NodeFormatterNT {
        FastIriFormatter() {
            super(CharSpace.UTF8);
        }

        /** IRIs already found clean, by identity: predicates and the document's own IRIs come back thousands of times. */
        private final java.util.IdentityHashMap<String, Boolean> clean = new java.util.IdentityHashMap<>();

        @Override
        public void formatURI(AWriter w, String iri) {
            if (clean.containsKey(iri)) {
                w.write('<');
                w.write(iri);
                w.write('>');
                return;
            }
            for (int i = 0; i < iri.length(); i++) {
                char c = iri.charAt(i);
                if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^'
                        || c == '`' || c == '\\' || c >= 0x7f) {
                    super.formatURI(w, iri);
                    return;
                }
            }
            if (clean.size() > 50_000) clean.clear();
            clean.put(iri, Boolean.TRUE);
            w.write('<');
            w.write(iri);
            w.write('>');
        }
    }
}
