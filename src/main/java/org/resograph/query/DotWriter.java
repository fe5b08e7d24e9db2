package org.resograph.query;

import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Rows as a Graphviz DOT digraph: the first two columns of each row are an edge (from, to), the
 * third, when there is one, its label. Nodes are named by their shortened IRI or their text; an
 * edge that comes back in several rows is drawn once. A graph answer (CONSTRUCT) draws each
 * triple as an edge labelled by its predicate.
 */
final class DotWriter {
    private final Display display;

    DotWriter(Display display) {
        this.display = display;
    }

    void write(QueryResult r, PrintStream out) {
        Set<String> lines = new LinkedHashSet<>();
        if (r.graph() != null) {
            r.graph().find().forEachRemaining((Triple t) -> lines.add(edge(t.getSubject(), t.getObject(), t.getPredicate())));
        } else {
            if (r.ask() != null || r.vars().size() < 2) {
                throw new QueryUsageException("the dot format needs rows of at least two columns (from, to[, label])");
            }
            List<Var> vars = r.vars();
            for (Binding b : r.rows()) {
                Node from = b.get(vars.get(0));
                Node to = b.get(vars.get(1));
                Node label = vars.size() > 2 ? b.get(vars.get(2)) : null;
                if (from == null && to == null) continue;
                if (from == null || to == null) {
                    lines.add("  " + quote(display.show(from != null ? from : to)) + ";");
                    continue;
                }
                lines.add(edge(from, to, label));
            }
        }
        out.println("digraph resograph {");
        out.println("  rankdir=LR;");
        out.println("  node [shape=box, fontname=\"Helvetica\", fontsize=10];");
        out.println("  edge [fontname=\"Helvetica\", fontsize=9];");
        for (String l : lines) out.println(l);
        out.println("}");
    }

    private String edge(Node from, Node to, Node label) {
        String e = "  " + quote(display.show(from)) + " -> " + quote(display.show(to));
        if (label != null) e += " [label=" + quote(display.show(label)) + "]";
        return e + ";";
    }

    /** A DOT double-quoted string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\');
            if (c == '\n' || c == '\r') {
                b.append(' ');
                continue;
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
