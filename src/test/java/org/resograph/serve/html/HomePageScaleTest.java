package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.rdf.Vocab;

/**
 * The home page over ten thousand documents: the converted seeds plus 10,000 document headers
 * (the triples the home page reads) spread over four bodies and sixty sessions.
 */
class HomePageScaleTest {
    static final String B = Fixture.BASE;
    static final String[] BODIES = {"GA", "ECOSOC", "HRC", "CCPCJ"};

    @Test
    void homePageOverTenThousandDocumentsIsFastAndCapped() {
        DatasetGraph dsg = Fixture.build(B, List.of(TestData.SEEDS.resolve("000_931544732abc5d6a.txt")));
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 10_000; i++) {
                String body = BODIES[i % BODIES.length];
                int session = 20 + (i / BODIES.length) % 15;
                Node g = NodeFactory.createURI(B + "graph/document/SYN/" + i);
                Node d = NodeFactory.createURI(B + "id/document/SYN/" + i);
                Node s = NodeFactory.createURI(B + "id/session/" + body.toLowerCase(Locale.ROOT) + "/" + session);
                dsg.add(g, d, Terms.TYPE, Terms.DOCUMENT);
                dsg.add(g, d, Terms.SYMBOL, NodeFactory.createLiteralString("SYN/" + i));
                dsg.add(g, d, Terms.DCT_TITLE, NodeFactory.createLiteralLang((i % 7 == 0 ? "Trafficking in persons " : "Cooperation ") + i, "en"));
                dsg.add(g, d, Terms.ISSUING_BODY, NodeFactory.createURI(B + "id/body/" + body));
                dsg.add(g, d, Terms.SESSION, s);
                dsg.add(g, s, Terms.TYPE, Terms.SESSION_CLASS);
                dsg.add(g, s, Terms.SESSION_NUMBER, NodeFactory.createLiteralDT(String.valueOf(session), XSDDatatype.XSDinteger));
                dsg.add(g, s, Terms.SESSION_OF, NodeFactory.createURI(B + "id/body/" + body));
                dsg.add(g, d, Terms.ISSUED, NodeFactory.createLiteralDT(String.format("%d-%02d-%02d", 1990 + session, 1 + i % 12, 1 + i % 28), XSDDatatype.XSDdate));
                dsg.add(g, d, Terms.SOURCE_FILE, NodeFactory.createLiteralString("syn" + i + ".txt"));
                dsg.add(g, d, Terms.DOCUMENT_TYPE, NodeFactory.createURI(Vocab.RGV + "document-type/resolution"));
            }
        });
        Txn.executeRead(dsg, () -> new Pages(dsg, List.of(B)).home(""));   // warm up the JIT
        // Best of three: the time the page costs, not the time a busy machine lends it.
        long homeMs = Long.MAX_VALUE, searchMs = Long.MAX_VALUE;
        String home = null, search = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            home = Txn.calculateRead(dsg, () -> new Pages(dsg, List.of(B)).home(""));
            long t1 = System.nanoTime();
            search = Txn.calculateRead(dsg, () -> new Pages(dsg, List.of(B)).home("trafficking"));
            long t2 = System.nanoTime();
            homeMs = Math.min(homeMs, (t1 - t0) / 1_000_000);
            searchMs = Math.min(searchMs, (t2 - t1) / 1_000_000);
        }
        System.out.printf("home page over 10,001 documents: %d ms, %d KB; search: %d ms, %d KB%n",
                homeMs, home.length() / 1024, searchMs, search.length() / 1024);
        assertTrue(homeMs < 2000, "home page in " + homeMs + " ms");
        assertTrue(searchMs < 2000, "search in " + searchMs + " ms");
        assertTrue(home.contains("10,001 converted documents"));
        assertTrue(home.contains("on the session&#39;s page"), "long sessions are cut with a link to the session");
        assertTrue(home.contains("<strong>Earlier: </strong>"), "old sessions folded into one line");
        assertTrue(home.length() < 1_500_000, "the page stays a readable size");
        assertTrue(search.contains("1,430 documents, the latest 200 shown."), "search capped at 200");
    }
}
