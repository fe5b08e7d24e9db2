package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;

/** The other names of a thing (short name, acronym, alternative labels), each once. */
final class Names {
    private Names() {}

    /** The alternative labels not already shown elsewhere on the page, case ignored. */
    static String others(Data data, Node n, Collection<String> shown) {
        List<String> seen = new ArrayList<>();
        for (String s : shown) if (s != null) seen.add(s.toLowerCase(Locale.ROOT));
        List<String> out = new ArrayList<>();
        for (String alt : data.texts(n, Terms.ALT_LABEL)) {
            String k = alt.toLowerCase(Locale.ROOT);
            String bare = k.startsWith("the ") ? k.substring(4) : k;
            if (seen.contains(k) || seen.contains(bare)) continue;
            seen.add(k);
            out.add(alt);
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }
}
