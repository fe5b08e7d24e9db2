package org.resograph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.resograph.rdf.Vocab;

/** Test helpers: parameters as pairs, answers as text rows, and the seeds' document IRIs in short. */
final class SeedsFixture {
    private SeedsFixture() {}

    /** The seeds' documents as the rows show them (000..003 are unsymbolled drafts). */
    static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();

    static {
        DOCUMENTS.put("D000", "id:document/unsymbolled/ccpcj/27/2018-04-13/improving-the-protection-of-children-against-trafficking-in");
        DOCUMENTS.put("D001", "id:document/unsymbolled/ccpcj/27/2018-04-13/preventing-and-combating-technology-facilitated-trafficking-in-persons");
        DOCUMENTS.put("D002", "id:document/unsymbolled/ccpcj/27/2018-05-17/strengthening-measures-against-trafficking-in-persons");
        DOCUMENTS.put("D003", "id:document/unsymbolled/ccpcj/15/2006-04-19/strengthening-international-cooperation-in-preventing-and-combating-trafficking");
        DOCUMENTS.put("D004", "id:document/E/CN.15/2019/L.3/Rev.1");
    }

    static final Display SHOW = new Display(Vocab.DEFAULT_BASE, null);

    /** {@code "body", "SG", "to", "CCPCJ"} as a parameter map. */
    static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return m;
    }

    /** Each row as its cells joined by " | ", documents of the seeds written D000..D004. */
    static List<String> rows(QueryResult r) {
        List<String> out = new ArrayList<>();
        for (Binding b : r.rows()) {
            List<String> cells = new ArrayList<>();
            for (Var v : r.vars()) {
                Node n = b.get(v);
                String s = SHOW.show(n);
                for (Map.Entry<String, String> d : DOCUMENTS.entrySet()) if (s.equals(d.getValue())) s = d.getKey();
                cells.add(s);
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    /** The rows of a text block, one per line, blank lines and outer spaces dropped. */
    static List<String> lines(String block) {
        List<String> out = new ArrayList<>();
        for (String l : block.split("\n")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }
}
