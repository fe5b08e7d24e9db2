package org.resograph.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.rdf.Vocab;

/**
 * The data bases (BASE in BASE + "id/...") present in a database. They are read off the graph
 * names, which are all BASE + "graph/...", so a database converted with any {@code --base} is
 * served at {@code /id/...} without configuration.
 */
final class Bases {
    private static final Pattern GRAPH = Pattern.compile("[/#]graph/(?:document|ontology|reference|file)/?");

    private Bases() {}

    /** The default base first, then the others found, in order. Call inside a read transaction. */
    static List<String> of(DatasetGraph dsg) {
        TreeSet<String> found = new TreeSet<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.isURI()) continue;
            String s = g.getURI();
            Matcher m = GRAPH.matcher(s);
            if (m.find()) found.add(s.substring(0, m.start() + 1));
        }
        found.remove(Vocab.DEFAULT_BASE);
        List<String> out = new ArrayList<>();
        out.add(Vocab.DEFAULT_BASE);
        out.addAll(found);
        return List.copyOf(out);
    }
}
