package org.resograph.query;

import java.util.Iterator;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.resograph.rdf.Vocab;

/**
 * The data base IRI of a local database, read off its graph names (all {@code BASE graph/...}),
 * so that bare words such as {@code body=UNODC} name the database's own IRIs even when it was
 * loaded with {@code --base}.
 */
public final class BaseDetector {
    private static final Pattern GRAPH = Pattern.compile("[/#]graph/(?:document|ontology|reference|adoptions)/?");

    private BaseDetector() {}

    /** The default base when the database uses it (or none can be told), else the one base it uses. */
    public static String of(DatasetGraph dsg) {
        TreeSet<String> found = Txn.calculateRead(dsg, () -> {
            TreeSet<String> s = new TreeSet<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.isURI()) continue;
                Matcher m = GRAPH.matcher(g.getURI());
                if (m.find()) s.add(g.getURI().substring(0, m.start() + 1));
            }
            return s;
        });
        if (found.isEmpty() || found.contains(Vocab.DEFAULT_BASE) || found.size() > 1) return Vocab.DEFAULT_BASE;
        return found.first();
    }
}
