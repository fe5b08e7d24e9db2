package org.resograph.rdf;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
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
        RDFFormat format = switch (this) {
            case NQUADS -> RDFFormat.NQUADS;
            case TRIG -> RDFFormat.TRIG_BLOCKS;
            default -> RDFFormat.TURTLE_BLOCKS;
        };
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
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
}
