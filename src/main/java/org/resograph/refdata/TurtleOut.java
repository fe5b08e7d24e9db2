package org.resograph.refdata;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.resograph.rdf.Vocab;

/**
 * Writes hand-ordered Turtle: subjects in the order they are given, predicates in the order they
 * are added. Reference data stays diff-friendly under version control, which Jena's pretty
 * writer (ordered by its own rules) does not promise.
 */
final class TurtleOut {
    private final Writer out;
    private final List<String> lines = new ArrayList<>();
    private String subject;

    TurtleOut(Writer out, String header) throws IOException {
        this.out = out;
        for (String line : header.split("\n")) out.write("# " + line + "\n");
        out.write("#\n# IRIs under id/ are relative: load with the data base IRI "
                + "(default " + Vocab.DEFAULT_BASE + ").\n\n");
        for (String[] p : Vocab.PREFIXES) out.write("@prefix " + p[0] + ": <" + p[1] + "> .\n");
        out.write("\n");
    }

    TurtleOut subject(String iri) throws IOException {
        flush();
        subject = "<" + iri + ">";
        return this;
    }

    TurtleOut a(String curie) {
        lines.add("a " + curie);
        return this;
    }

    TurtleOut ref(String predicate, String iri) {
        if (iri != null && !iri.isEmpty()) lines.add(predicate + " <" + iri + ">");
        return this;
    }

    TurtleOut curie(String predicate, String curie) {
        lines.add(predicate + " " + curie);
        return this;
    }

    TurtleOut str(String predicate, String value) {
        if (value != null && !value.isBlank()) lines.add(predicate + " " + quote(value.strip()));
        return this;
    }

    TurtleOut en(String predicate, String value) {
        if (value != null && !value.isBlank()) lines.add(predicate + " " + quote(value.strip()) + "@en");
        return this;
    }

    TurtleOut typed(String predicate, String value, String xsdType) {
        if (value != null && !value.isBlank()) {
            lines.add(predicate + " " + quote(value.strip()) + "^^xsd:" + xsdType);
        }
        return this;
    }

    TurtleOut integer(String predicate, String value) {
        if (value != null && value.strip().matches("-?\\d+")) {
            lines.add(predicate + " " + Long.parseLong(value.strip()));
        }
        return this;
    }

    TurtleOut bool(String predicate, String value) {
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            lines.add(predicate + " " + value.toLowerCase());
        }
        return this;
    }

    void flush() throws IOException {
        if (subject == null) return;
        out.write(subject);
        for (int i = 0; i < lines.size(); i++) {
            out.write(i == 0 ? " " : " ;\n    ");
            out.write(lines.get(i));
        }
        out.write(" .\n\n");
        lines.clear();
        subject = null;
    }

    static String quote(String s) {
        return NodeFmtLib.strNT(NodeFactory.createLiteralString(s));
    }
}
