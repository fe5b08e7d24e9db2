package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;

/** Text from the data is escaped everywhere, in text and in attributes; hostile IRIs never become links. */
class EscapingTest {
    static final String B = Fixture.BASE;
    static final String SCRIPT = "<script>alert(\"x\")</script> & 'co'";
    static DatasetGraph dsg;
    static String doc;

    @BeforeAll
    static void load() {
        dsg = Fixture.build(B, List.of(TestData.SEEDS.resolve("000_931544732abc5d6a.txt")));
        doc = Fixture.documentOf(dsg, "000_931544732abc5d6a.txt");
        Node d = NodeFactory.createURI(doc);
        Node g = NodeFactory.createURI(B + "graph/injected");
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Node.ANY, d, Terms.DCT_TITLE, Node.ANY);
            dsg.add(g, d, Terms.DCT_TITLE, NodeFactory.createLiteralLang("Protecting children " + SCRIPT, "en"));
            dsg.deleteAny(Node.ANY, NodeFactory.createURI(doc + "/operative/1"), Terms.TEXT, Node.ANY);
            dsg.add(g, NodeFactory.createURI(doc + "/operative/1"), Terms.TEXT, NodeFactory.createLiteralString("Encourages <img src=x onerror=alert(1)> States;"));
            Node fra = NodeFactory.createURI(B + "id/state/FRA");
            dsg.deleteAny(Node.ANY, fra, Terms.PREF_LABEL, Node.ANY);
            dsg.add(g, fra, Terms.PREF_LABEL, NodeFactory.createLiteralString("Fr\"ance<b>"));
            dsg.add(g, d, Terms.SEE_ALSO, NodeFactory.createURI("javascript:alert(1)"));
            Node instrument = NodeFactory.createURI(B + "id/instrument/GPA-TIP");
            dsg.add(g, instrument, Terms.SEE_ALSO, NodeFactory.createURI("javascript:alert(2)"));
            dsg.add(g, instrument, Terms.RDFS_COMMENT, NodeFactory.createLiteralString("a \"quoted\" <i>comment</i>"));
        });
    }

    @Test
    void scriptInATitleIsEscaped() {
        Pages pages = new Pages(dsg, List.of(B));
        String html = Fixture.read(dsg, () -> pages.resource(doc).orElseThrow());
        assertFalse(html.contains("<script"), "no script element");
        assertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"), "escaped in the heading");
        assertTrue(html.contains("<title>") && html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "escaped in the title");
        assertFalse(html.contains("<img"), "paragraph text escaped");
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains(">Fr&quot;ance&lt;b&gt;</a>"), "a label from the reference data is escaped");
        assertFalse(html.contains("javascript:"));
    }

    @Test
    void escapedInAttributesAndInSearchResults() {
        Pages pages = new Pages(dsg, List.of(B));
        String home = Fixture.read(dsg, () -> pages.home("children <script>"));
        assertFalse(home.contains("<script"));
        assertTrue(home.contains("value=\"children &lt;script&gt;\""), "the query in the input's value");
        String hits = Fixture.read(dsg, () -> pages.home("Protecting children"));
        assertTrue(hits.contains("Protecting children &lt;script&gt;"), "the title in the results");
        assertFalse(hits.contains("<script"));
        String state = Fixture.read(dsg, () -> pages.resource(B + "id/state/FRA").orElseThrow());
        assertTrue(state.contains("<title>Fr&quot;ance&lt;b&gt; · ResoGraph</title>"));
        String instrument = Fixture.read(dsg, () -> pages.resource(B + "id/instrument/GPA-TIP").orElseThrow());
        assertFalse(instrument.contains("href=\"javascript:"), "a javascript: IRI is no link");
        assertTrue(instrument.contains("a &quot;quoted&quot; &lt;i&gt;comment&lt;/i&gt;"));
    }

    @Test
    void htmlEscapesAllFiveCharacters() {
        assertTrue(Html.escape("a&b<c>d\"e'f").equals("a&amp;b&lt;c&gt;d&quot;e&#39;f"));
        assertTrue(Html.escape("plain").equals("plain"));
        assertTrue(new Html().open("a", "href", "/x?a=1&b=\"2\"", "title", null).toString().equals("<a href=\"/x?a=1&amp;b=&quot;2&quot;\">"));
    }
}
