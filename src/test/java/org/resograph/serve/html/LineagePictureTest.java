package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The lineage picture's layout rules, on a made-up lineage wider than a column. */
class LineagePictureTest {
    static final String B = Fixture.BASE;

    static Node res(String n) {
        return NodeFactory.createURI(B + "id/resolution/ga/" + n);
    }

    @Test
    void aCutColumnKeepsTheTextsThroughWhichTheLineageGoesOn() {
        Site site = new Site(new Data(GraphFactory.createDefaultGraph()), new Links(List.of(B), iri -> false), null);
        Node doc = NodeFactory.createURI(B + "id/document/A/RES/99/1");
        Map<Node, Integer> depth = new LinkedHashMap<>();
        List<LineagePicture.Edge> edges = new ArrayList<>();
        depth.put(doc, 0);
        for (int k = 10; k < 30; k++) {                       // twenty texts cited at depth 1 ...
            depth.put(res("1/" + k), 1);
            edges.add(new LineagePicture.Edge(doc, res("1/" + k), false, null));
        }
        // ... of which the last in label order cites one more, at depth 2.
        depth.put(res("0/5"), 2);
        edges.add(new LineagePicture.Edge(res("1/29"), res("0/5"), false, null));
        Html h = new Html();
        assertTrue(new LineagePicture(site).draw(h, doc, depth, edges));
        String svg = h.toString();
        assertTrue(svg.contains("href=\"/id/resolution/ga/1/29\""), "the text that leads to depth 2 was cut");
        assertTrue(svg.contains("href=\"/id/resolution/ga/0/5\""));
        assertTrue(svg.contains("+ 8 more"), "twenty at depth 1, twelve drawn");
        assertFalse(svg.contains("href=\"/id/resolution/ga/1/28\""), "twelve drawn: 1/29 first, then 1/10 to 1/20");
        assertEquals(12 + 1 + 1, count(svg, "<rect"), "12 at depth 1, the document and depth 2");
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
