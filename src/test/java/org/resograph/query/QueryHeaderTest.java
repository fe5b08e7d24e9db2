package org.resograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;
import org.resograph.rdf.Vocab;

/** Query headers, parameter kinds and values, and the table and DOT writers, without a database. */
class QueryHeaderTest {
    static final String B = Vocab.DEFAULT_BASE;

    @Test
    void theHeaderGivesTitleQuestionParametersAndExamples() {
        CannedQuery q = CannedQuery.parse("demo", """
                # title: A demo
                # question: What does it ask,
                #   over two lines?
                # param: body = UNODC — the body
                # param: to (body) = (any) — whom reports go to;
                #   leave unbound for all
                # param: cited (id) = resolution/ga/72/1 -- what is cited
                # example: resograph query demo --param body=SG
                PREFIX rg: <https://w3id.org/resograph/ontology#>
                # a comment inside the query is not header
                SELECT * { ?x rg:addressee ?body ; rg:reportTo ?to ; rg:cites ?cited }
                """, "test");
        assertEquals("A demo", q.title());
        assertEquals("What does it ask, over two lines?", q.question());
        assertEquals(List.of("resograph query demo --param body=SG"), q.examples());
        assertEquals(List.of(
                new QueryParam("body", ParamKind.BODY, "UNODC", "the body"),
                new QueryParam("to", ParamKind.BODY, null, "whom reports go to; leave unbound for all"),
                new QueryParam("cited", ParamKind.ID, "resolution/ga/72/1", "what is cited")), q.params());
        assertTrue(q.param("to").optional());
        assertNull(q.param("nothing"));
    }

    @Test
    void aBadParameterLineOrKindIsReported() {
        QueryUsageException e = assertThrows(QueryUsageException.class,
                () -> CannedQuery.parse("x", "# param: 9lives = 1 — no\nSELECT * {}", "x.rq"));
        assertTrue(e.getMessage().contains("cannot read the parameter line"), e.getMessage());
        e = assertThrows(QueryUsageException.class, () -> CannedQuery.parse("x", "# param: a (colour) = red — no\nSELECT * {}", "x.rq"));
        assertTrue(e.getMessage().contains("unknown parameter kind 'colour'"), e.getMessage());
    }

    static Node term(String value, ParamKind kind) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("rg", Vocab.RG).setNsPrefix("sdg", Vocab.SDG);
        return BoundQuery.term(value, kind, pm, B);
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    @Test
    void bareWordsBecomeTheIrisOfTheirKind() {
        assertEquals(iri(B + "id/body/UNODC"), term("UNODC", ParamKind.BODY));
        assertEquals(iri(B + "id/body/UNODC-ED"), term("unodc-ed", ParamKind.BODY));
        assertEquals(iri(B + "id/state/FRA"), term("fra", ParamKind.STATE));
        assertEquals(iri(B + "id/document/A/RES/74/174"), term("A/RES/74/174", ParamKind.DOCUMENT));
        assertEquals(iri(B + "id/document/S/RES/2514(2020)"), term("S/RES/2514 (2020)", ParamKind.DOCUMENT));
        assertEquals(iri(B + "id/resolution/ga/74/174"), term("ga/74/174", ParamKind.RESOLUTION));
        assertEquals(iri(B + "id/resolution/ga/74/174"), term("GA 74/174", ParamKind.RESOLUTION));
        assertEquals(iri(B + "id/resolution/ga/217A(III)"), term("ga/217 A (III)", ParamKind.RESOLUTION));
        assertEquals(iri(B + "id/resolution/sc/2334"), term("sc/2334", ParamKind.RESOLUTION));
        assertEquals(iri(B + "id/treaty/UNTOC/article/27"), term("UNTOC/article/27", ParamKind.TREATY));
        assertEquals(iri(B + "id/session/ccpcj/29"), term("CCPCJ/29", ParamKind.SESSION));
        assertEquals(iri(Vocab.SDG + "16.2"), term("16.2", ParamKind.SDG));
        assertEquals(iri(Vocab.SDG + "16"), term("16", ParamKind.SDG));
        assertEquals(iri(B + "id/resolution/ga/72/1"), term("resolution/ga/72/1", ParamKind.ID));
        assertEquals(iri(B + "id/treaty/UNTOC"), term("treaty/UNTOC", ParamKind.ID));
        assertEquals(iri(Vocab.SDG + "5.2"), term("sdg/5.2", ParamKind.ID));
        assertEquals(NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear), term("2020", ParamKind.YEAR));
        assertEquals(NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear), term("2020", ParamKind.DUE));
        assertEquals(iri(B + "id/session/ga/75"), term("ga/75", ParamKind.DUE));
        assertEquals(iri(Vocab.RGV + "funding/extrabudgetary"), term("extrabudgetary", ParamKind.FUNDING));
        assertEquals(iri(Vocab.RGV + "operative-verb/calls-upon"), term("calls upon", ParamKind.VERB));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), term("42", ParamKind.INTEGER));
        assertEquals(NodeFactory.createLiteralString("rg:not-a-name"), term("rg:not-a-name", ParamKind.STRING));
    }

    @Test
    void termsAreTakenAsTheyAreWhateverTheKind() {
        assertEquals(iri("http://example.org/x"), term("<http://example.org/x>", ParamKind.BODY));
        assertEquals(iri(Vocab.SDG + "16.2"), term("sdg:16.2", ParamKind.SDG));
        assertEquals(iri(Vocab.RG + "Document"), term("rg:Document", ParamKind.TERM));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), term("42", ParamKind.TERM));
        assertEquals(NodeFactory.createLiteralLang("Office", "en"), term("\"Office\"@en", ParamKind.TERM));
        assertEquals(NodeFactory.createLiteralString("UNODC"), term("\"UNODC\"", ParamKind.BODY));
        // The table's short forms can be given back.
        assertEquals(iri(B + "id/document/unsymbolled/ccpcj/27/x"), term("id:document/unsymbolled/ccpcj/27/x", ParamKind.DOCUMENT));
        assertEquals(iri(Vocab.SDG + "8.7"), term("sdg:8.7", ParamKind.ID));
    }

    @Test
    void valuesThatAreNoTermOfTheirKindAreRefused() {
        for (Object[] bad : new Object[][] {
            {"", ParamKind.BODY}, {"UN ODC", ParamKind.BODY}, {"x>", ParamKind.STATE}, {"74/174", ParamKind.RESOLUTION},
            {"ccpcj", ParamKind.SESSION}, {"ccpcj/twenty", ParamKind.SESSION}, {"16.2.1", ParamKind.SDG}, {"twenty", ParamKind.YEAR},
            {"galaxy/far", ParamKind.ID}, {"treaty/", ParamKind.ID}, {"4.5", ParamKind.INTEGER},
            {"UNODC", ParamKind.TERM}, {"<relative>", ParamKind.TERM}, {"<http://x/> <http://y/>", ParamKind.TERM},
            {"?var", ParamKind.TERM}, {"_:blank", ParamKind.TERM}, {"unknown:prefix", ParamKind.TERM},
        }) {
            assertThrows(QueryUsageException.class, () -> term((String) bad[0], (ParamKind) bad[1]), bad[0] + " as " + bad[1]);
        }
    }

    @Test
    void bindingReplacesVariablesKeepsUnboundOnesAndDropsConstantSortKeys() {
        CannedQuery q = CannedQuery.parse("t", """
                # param: body = UNODC — the body
                # param: to (body) = (any) — optional
                PREFIX rg: <https://w3id.org/resograph/ontology#>
                SELECT ?body ?to ?x { ?x rg:addressee ?body ; rg:reportTo ?to } ORDER BY ?body ?to ?x
                """, "t.rq");
        BoundQuery b = BoundQuery.bind(q, Map.of(), B);
        assertEquals(Map.of("body", iri(B + "id/body/UNODC")), b.bindings());
        String text = b.text();
        assertTrue(text.contains("<" + B + "id/body/UNODC>"), text);
        assertTrue(text.contains("?to"), text);
        assertEquals(2, b.query().getOrderBy().size(), "ORDER BY <iri> is no SPARQL: the bound key is dropped");
        assertEquals(List.of("body", "to", "x"), b.query().getResultVars());

        BoundQuery both = BoundQuery.bind(q, Map.of("to", "CCPCJ", "?x", "<http://example.org/o>"), B);
        assertEquals(iri(B + "id/body/CCPCJ"), both.bindings().get("to"));
        assertEquals(iri("http://example.org/o"), both.bindings().get("x"), "a variable of the query may be bound without a header line");
        QueryUsageException e = assertThrows(QueryUsageException.class, () -> BoundQuery.bind(q, Map.of("agency", "X"), B));
        assertEquals("query t has no parameter 'agency'; its parameters: body, to", e.getMessage());
    }

    @Test
    void theTableAlignsShortensAndCounts() {
        Var a = Var.alloc("a");
        Var n = Var.alloc("n");
        Binding r1 = BindingFactory.binding(a, iri(B + "id/body/UNODC"), n, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger));
        Binding r2 = BindingFactory.binding(a, NodeFactory.createLiteralString("a rather long piece of text that goes on"), n,
                NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger));
        QueryResult r = QueryResult.select(List.of(a, n), List.of(r1, r2, BindingFactory.binding(a, iri("http://example.org/elsewhere/x"))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.TABLE.write(r, out, new Display(B, null), 20);
        assertEquals("""
                a                                  n
                --------------------------------  --
                id:body/UNODC                      7
                a rather long piece\u2026              12
                <http://example.org/elsewhere/x>
                (3 rows)
                """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void dotDrawsEachEdgeOnceAndQuotesNames() {
        Var f = Var.alloc("from");
        Var t = Var.alloc("to");
        Var l = Var.alloc("how");
        Binding e = BindingFactory.binding(BindingFactory.binding(f, iri(B + "id/document/A/RES/80/2"), t, iri(B + "id/resolution/ga/80/1")),
                l, NodeFactory.createLiteralString("recalling"));
        Binding q = BindingFactory.binding(f, NodeFactory.createLiteralString("say \"hi\""), t, iri(B + "id/body/SG"));
        QueryResult r = QueryResult.select(List.of(f, t, l), List.of(e, e, q));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultFormat.DOT.write(r, out, new Display(B, null), 0);
        String dot = out.toString(StandardCharsets.UTF_8);
        assertTrue(dot.startsWith("digraph resograph {\n"), dot);
        assertTrue(dot.endsWith("}\n"), dot);
        assertEquals(1, dot.lines().filter(x -> x.equals("  \"id:document/A/RES/80/2\" -> \"id:resolution/ga/80/1\" [label=\"recalling\"];")).count(), dot);
        assertTrue(dot.contains("  \"say \\\"hi\\\"\" -> \"id:body/SG\";"), dot);
    }
}
