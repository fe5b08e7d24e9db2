package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages over the converted seeds (and two corpus resolutions when ../shared is present). */
class PagesTest {
    static final String B = Fixture.BASE;
    static final String SEED0 = "000_931544732abc5d6a.txt";
    static final String SEED1 = "001_73b88d5b32d44ec2.txt";
    static final String SEED4 = "004_48a48206d42da546.txt";

    static DatasetGraph dsg;
    static String doc0;

    @BeforeAll
    static void load() {
        dsg = Fixture.dataset();
        doc0 = Fixture.documentOf(dsg, SEED0);
        assertNotNull(doc0, "seed 000 converted");
    }

    static String page(String iri) {
        Optional<String> html = Fixture.read(dsg, () -> Fixture.pages().resource(iri));
        assertTrue(html.isPresent(), "a page for " + iri);
        return html.get();
    }

    static String path(String iri) {
        assertTrue(iri.startsWith(B));
        return "/" + iri.substring(B.length());
    }

    /** The objects of (s, p) in the union graph. */
    static List<Node> objects(String s, Node p) {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.getUnionGraph().find(NodeFactory.createURI(s), p, Node.ANY).forEachRemaining((Triple t) -> out.add(t.getObject()));
            return out;
        });
    }

    // --- document pages ----------------------------------------------------------------------

    @Test
    void documentPageShowsTitleSponsorsAndFacts() {
        String html = page(doc0);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Draft resolution: Improving the protection of children against trafficking in persons"), "title element");
        assertTrue(html.contains("<h1>Improving the protection of children against trafficking in persons, including by addressing the misuse of information and communications technologies</h1>"));
        assertTrue(html.contains("<a href=\"/id/state/FRA\">France</a>"), "sponsor France linked");
        assertTrue(html.contains("<a href=\"/id/state/ROU\">Romania</a>"), "sponsor Romania linked");
        assertTrue(html.indexOf("/id/state/FRA") < html.indexOf("/id/state/ROU"), "sponsors in printed order");
        assertTrue(html.contains("<a href=\"/id/body/CCPCJ\">Commission on Crime Prevention and Criminal Justice</a>"));
        assertTrue(html.contains("13 April 2018"), "date of issue, UN style");
        assertTrue(html.contains(">Limited<"), "distribution");
    }

    @Test
    void everyOperativeAndPreambularParagraphHasAnAnchor() {
        String html = page(doc0);
        int operative = 0, preamble = 0;
        for (Node part : objects(doc0, Terms.HAS_PART)) {
            String rel = part.getURI().substring(doc0.length() + 1);
            if (rel.startsWith("operative/")) operative++;
            if (rel.startsWith("preamble/")) preamble++;
            if (rel.startsWith("operative/") || rel.startsWith("preamble/")) {
                String id = rel.replace('/', '-');
                assertTrue(html.contains("id=\"" + id + "\""), "anchor " + id);
                assertTrue(html.contains("href=\"#" + id + "\""), "self link " + id);
            }
        }
        assertEquals(7, operative);
        assertEquals(8, preamble);
        assertTrue(html.contains("id=\"operative-6\""));
        assertTrue(html.contains("<em class=\"head\">Urges</em> Member States to enhance training"), "operative text, its verb in italics");
        assertTrue(html.contains("id=\"footnote-2\""), "footnotes have anchors");
    }

    @Test
    void subParagraphsGetNestedAnchors() {
        boolean found = false;
        for (String seed : List.of("003_0a6c0084fe207540.txt", SEED4, SEED1)) {
            String doc = Fixture.documentOf(dsg, seed);
            String html = page(doc);
            Matcher m = Pattern.compile("id=\"(operative-\\d+-[a-z0-9]+)\"").matcher(html);
            if (m.find()) {
                found = true;
                assertTrue(html.contains("href=\"#" + m.group(1) + "\""));
            }
        }
        assertTrue(found, "some seed has lettered sub-paragraphs with anchors like operative-6-b");
    }

    @Test
    void citedWordsInTheTextLinkToTheCitedThing() {
        String html = page(doc0);
        String text = html.substring(html.indexOf("id=\"text\""), html.indexOf("id=\"citations\""));
        assertTrue(text.contains("<a href=\"/id/resolution/ga/70/179\" class=\"cite\""), "70/179 linked in paragraph text");
        assertTrue(text.contains(">70/179</a>"));
        assertTrue(text.contains("href=\"/id/treaty/UNTOC\""), "the Convention linked in the text");
        assertTrue(text.contains("href=\"/id/instrument/GPA-TIP\""), "an instrument linked in the text");
    }

    @Test
    void citationsAreListedByKindWithPrintedWordsAndParagraphLinks() {
        String html = page(doc0);
        String list = html.substring(html.indexOf("id=\"citations\""), html.indexOf("id=\"cited-texts\""));
        assertTrue(list.contains("<h3>Recalling ("));
        assertTrue(list.contains("<h3>Reaffirming ("));
        assertTrue(list.contains("<h3>Taking note ("));
        assertTrue(list.indexOf("Recalling (") < list.indexOf("Reaffirming ("), "kinds in preamble order");
        assertTrue(list.contains("“70/179”"), "words as printed");
        assertTrue(list.contains("href=\"#preamble-3\""), "link to the citing paragraph");
        assertTrue(list.contains("href=\"#footnote-2\""), "a footnote citation links to its footnote");
        String cited = html.substring(html.indexOf("id=\"cited-texts\""), html.indexOf("id=\"cited-by\""));
        assertTrue(cited.contains("Treaties and articles"));
        assertTrue(cited.contains("Instruments"));
    }

    @Test
    void mandatesOfTheDocumentAreListed() {
        String html = page(doc0);
        String section = html.substring(html.indexOf("id=\"mandates\""));
        assertTrue(section.contains("href=\"/id/body/UNODC\""));
        assertTrue(section.contains("href=\"" + path(doc0) + "#operative-4\""), "mandate paragraph linked");
        assertTrue(section.contains(">invites<"));
    }

    @Test
    void citedResolutionPageListsTheSeedUnderCitedByWithALinkBack() {
        String docPage = page(doc0);
        assertTrue(docPage.contains("href=\"/id/resolution/ga/70/179\""));
        String html = page(B + "id/resolution/ga/70/179");
        assertTrue(html.contains("<h1>General Assembly resolution 70/179</h1>"));
        assertTrue(html.contains("Improving the coordination of efforts against trafficking in persons"), "title from the citation");
        assertTrue(html.contains("17 December 2015"));
        int citedBy = html.indexOf("id=\"cited-by\"");
        assertTrue(citedBy > 0);
        String section = html.substring(citedBy);
        assertTrue(section.contains("href=\"" + path(doc0) + "\""), "link back to the citing document");
        assertTrue(section.contains("href=\"" + path(doc0) + "#preamble-3\""), "link to the citing paragraph");
        assertTrue(section.contains("Reaffirming"), "the kind of clause");
        assertTrue(html.contains("No document in the dataset prints this resolution"));
    }

    @Test
    void documentPageListsDocumentsCitingItsResolution() {
        assumeTrue(Fixture.corpusPresent(), "../shared/corpus not present");
        String cited = Fixture.documentOf(dsg, "ga_74_174.txt");
        String citing = Fixture.documentOf(dsg, "ecosoc_2022_14.txt");
        assertEquals(B + "id/document/A/RES/74/174", cited);
        String html = page(cited);
        String section = html.substring(html.indexOf("id=\"cited-by\""), html.indexOf("id=\"mandates\""));
        assertTrue(section.contains("href=\"" + path(citing) + "\""), "the citing resolution is listed");
        assertTrue(section.contains("href=\"" + path(citing) + "#preamble-"), "with a link to its paragraph");
        String resolution = page(B + "id/resolution/ga/74/174");
        assertTrue(resolution.contains("href=\"/id/document/A/RES/74/174\""), "the resolution page links to the document that prints it");
        assertTrue(resolution.contains("href=\"" + path(citing) + "\""));
        assertTrue(page(citing).contains("<a href=\"/id/resolution/ga/74/174\" class=\"cite\""), "the citing text links the number");
    }

    @Test
    void citedOnlyDocumentGetsAPageWithoutText() {
        String html = page(B + "id/document/E/CN.15/2018/1");
        assertTrue(html.contains("<h1>E/CN.15/2018/1</h1>"));
        assertTrue(html.contains("The text of this document is not in the dataset"));
        assertTrue(html.contains("href=\"" + path(doc0) + "\""), "cited by seed 000");
        assertTrue(html.contains("href=\"" + path(doc0) + "#footnote-1\""));
    }

    // --- other pages -------------------------------------------------------------------------

    @Test
    void sdgTargetPageShowsTheOfficialTextAndCitingDocuments() {
        String html = page("http://metadata.un.org/sdg/5.2");
        assertTrue(html.contains("<h1>Target 5.2</h1>"));
        assertTrue(html.contains("Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation"));
        assertTrue(html.contains("Achieve gender equality and empower all women and girls"), "the goal's text");
        assertTrue(html.contains("href=\"/resource?iri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F5\""), "the goal's page");
        assertTrue(html.contains("href=\"" + path(Fixture.documentOf(dsg, SEED1)) + "\""), "seed 001 cites it");
        assertTrue(html.contains("href=\"/resource?iri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F5.2&amp;format=ttl\""), "RDF links for a /resource page");
    }

    @Test
    void seedPageLinksSdgTargetsToTheirResourcePages() {
        String html = page(Fixture.documentOf(dsg, SEED1));
        assertTrue(html.contains("href=\"/resource?iri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F5.2\""));
        assertTrue(html.contains(">Target 5.2<"));
    }

    @Test
    void bodyPageOfTheOfficeOnDrugsAndCrimeListsItsMandates() {
        String html = page(B + "id/body/UNODC");
        assertTrue(html.contains("<h1>United Nations Office on Drugs and Crime</h1>"));
        assertTrue(html.contains("href=\"/id/body/SECRETARIAT\""), "its parent");
        String mandates = html.substring(html.indexOf("id=\"mandates\""), html.indexOf("id=\"reporting\""));
        assertTrue(mandates.contains("Mandates given to it ("));
        assertTrue(mandates.contains("href=\"" + path(doc0) + "#operative-4\""), "seed 000, paragraph 4");
        assertTrue(mandates.contains("invites the United Nations Office on Drugs and Crime to assist States"));
        assertTrue(mandates.contains(">requests<"));
        assertTrue(html.contains("id=\"mentions\""));
    }

    @Test
    void statePageListsWhatItSponsored() {
        String html = page(B + "id/state/FRA");
        assertTrue(html.contains("<h1>France</h1>"));
        assertTrue(html.contains("FRA"));
        String sponsored = html.substring(html.indexOf("id=\"sponsored\""), html.indexOf("id=\"mentions\""));
        assertTrue(sponsored.contains("href=\"" + path(doc0) + "\""));
        assertTrue(html.contains("href=\"http://www.wikidata.org/entity/Q142\""), "undescribed IRIs keep their own address");
    }

    @Test
    void treatyPageListsArticlesAndCitingDocuments() {
        String html = page(B + "id/treaty/UNTOC");
        assertTrue(html.contains("<h1>United Nations Convention against Transnational Organized Crime</h1>"));
        assertTrue(html.contains("15 November 2000"));
        assertTrue(html.contains("vol. 2225"));
        assertTrue(html.contains("href=\"/id/resolution/ga/55/25\""), "adopting resolution");
        assertTrue(html.contains("href=\"/id/treaty/UNTOC/article/27\""), "a cited article");
        String citedBy = html.substring(html.indexOf("id=\"cited-by\""));
        assertTrue(citedBy.contains("href=\"" + path(doc0) + "\""));
        String article = page(B + "id/treaty/UNTOC/article/27");
        assertTrue(article.contains("href=\"/id/treaty/UNTOC\""), "article links to its treaty");
        assertTrue(article.contains("id=\"cited-by\""));
        assertFalse(article.contains("No document in the dataset cites it."));
    }

    @Test
    void sessionAndInstrumentAndVocabularyPagesRender() {
        String session = page(B + "id/session/ccpcj/27");
        assertTrue(session.contains("Twenty-seventh session of the Commission on Crime Prevention and Criminal Justice"));
        assertTrue(session.contains("href=\"" + path(doc0) + "\""), "documents of the session");
        String instrument = page(B + "id/instrument/GPA-TIP");
        assertTrue(instrument.contains("<h1>United Nations Global Plan of Action to Combat Trafficking in Persons</h1>"));
        assertTrue(instrument.contains("id=\"cited-by\""));
        assertTrue(instrument.contains("href=\"" + path(doc0) + "\""));
        String verb = page("https://w3id.org/resograph/vocab/operative-verb/invites");
        assertTrue(verb.contains("<h1>invites</h1>"));
        assertTrue(verb.contains("Referenced by"));
    }

    @Test
    void paragraphPageIsGenericWithALinkToItsAnchor() {
        String html = page(doc0 + "/operative/4");
        assertTrue(html.contains("<h1>Operative paragraph 4</h1>"));
        assertTrue(html.contains("href=\"" + path(doc0) + "#operative-4\""));
        assertTrue(html.contains("Urges Members States to establish national coordinating offices"));
        assertTrue(html.contains("href=\"/ontology#OperativeParagraph\""), "its type, on the ontology page");
        String mandate = page(doc0 + "/mandate/1");
        assertTrue(mandate.contains("href=\"" + path(doc0) + "#operative-4\""), "a mandate links to its paragraph");
    }

    @Test
    void unknownIriGivesNothing() {
        Pages pages = Fixture.pages();
        assertTrue(Fixture.read(dsg, () -> pages.resource(B + "id/document/NO/SUCH/1")).isEmpty());
        assertTrue(Fixture.read(dsg, () -> pages.resource("http://example.org/nothing")).isEmpty());
        assertTrue(Fixture.read(dsg, () -> pages.resource("")).isEmpty());
        // Known only as an object (no triple about it): still a page.
        assertTrue(Fixture.read(dsg, () -> pages.resource(B + "id/activity/resograph-test")).isPresent());
    }

    @Test
    void everyPageIsACompleteDocumentWithTheSiteLinksAndNoScript() {
        List<String> pages = new ArrayList<>();
        for (String iri : List.of(doc0, B + "id/resolution/ga/70/179", "http://metadata.un.org/sdg/5.2", B + "id/body/UNODC",
                B + "id/state/FRA", B + "id/treaty/UNTOC", B + "id/session/ccpcj/27", doc0 + "/operative/4")) pages.add(page(iri));
        Pages p = Fixture.pages();
        pages.add(Fixture.read(dsg, () -> p.home("")));
        pages.add(Fixture.read(dsg, () -> p.ontology()));
        for (String html : pages) {
            HtmlCheck.balanced(html);
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
            assertTrue(html.contains("<title>") && html.contains("</title>"));
            assertTrue(html.contains("<a class=\"brand\" href=\"/\">"));
            assertTrue(html.contains("<a href=\"/resograph/sparql\">SPARQL endpoint</a>"));
            assertTrue(html.contains("<a href=\"/index.html\">Fuseki UI</a>"));
            assertTrue(html.contains("<style>"));
            assertFalse(html.toLowerCase().contains("<script"), "no script");
            assertTrue(html.endsWith("</html>\n"));
            assertFalse(html.contains("href=\"https://w3id.org/resograph/id/"), "data IRIs are served locally");
        }
        String doc = pages.get(0);
        String local = path(doc0);
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf")) assertTrue(doc.contains("href=\"" + local + "." + ext + "\""), "RDF as " + ext);
    }

    @Test
    void everyResourceOfTheDatasetRenders() {
        int[] pages = {0};
        Txn.executeRead(dsg, () -> {
            java.util.Set<Node> subjects = new java.util.LinkedHashSet<>();
            dsg.getUnionGraph().find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI()) subjects.add(t.getSubject());
            });
            Pages p = Fixture.pages();
            for (Node s : subjects) {
                String html = HtmlCheck.balanced(p.resource(s.getURI()).orElseThrow());
                assertTrue(html.endsWith("</html>\n"), s.getURI());
                assertFalse(html.contains("<script"), s.getURI());
                pages[0]++;
            }
        });
        assertTrue(pages[0] > 1000, pages[0] + " pages");
    }

    // --- home and ontology -------------------------------------------------------------------

    @Test
    void homePageGroupsByBodyAndSession() {
        String html = Fixture.read(dsg, () -> Fixture.pages().home(null));
        assertTrue(html.contains("<form class=\"search\" method=\"get\" action=\"/\""));
        assertTrue(html.contains("name=\"q\""));
        int ccpcj = html.indexOf("id=\"body-CCPCJ\"");
        assertTrue(ccpcj > 0, "a section for the Commission");
        String section = html.substring(ccpcj, html.indexOf("</section>", ccpcj));
        assertTrue(section.contains("href=\"/id/session/ccpcj/27\""), "its twenty-seventh session");
        assertTrue(section.contains("href=\"/id/session/ccpcj/28\""));
        assertTrue(section.indexOf("/id/session/ccpcj/28") < section.indexOf("/id/session/ccpcj/27"), "latest session first");
        assertTrue(section.indexOf("/id/session/ccpcj/27") < section.indexOf("/id/session/ccpcj/15"));
        assertTrue(section.contains("href=\"" + path(doc0) + "\""));
        assertTrue(section.contains("(2018)"), "session year");
        assertFalse(html.contains("id=\"results\""), "no results without a query");
    }

    @Test
    void homePageSearchFindsByTitleAndBySymbol() {
        Pages pages = Fixture.pages();
        String byTitle = Fixture.read(dsg, () -> pages.home("TECHNOLOGY-facilitated"));
        String results = byTitle.substring(byTitle.indexOf("id=\"results\""), byTitle.indexOf("</section>", byTitle.indexOf("id=\"results\"")));
        assertTrue(results.contains("href=\"" + path(Fixture.documentOf(dsg, SEED1)) + "\""), "title match, case ignored");
        assertFalse(results.contains("href=\"" + path(doc0) + "\""), "not a document without the words");
        assertTrue(results.contains("1 document."));
        assertTrue(byTitle.contains("value=\"TECHNOLOGY-facilitated\""), "the query stays in the box");

        String bySymbol = Fixture.read(dsg, () -> pages.home("L.3/rev"));
        String r2 = bySymbol.substring(bySymbol.indexOf("id=\"results\""));
        assertTrue(r2.contains("href=\"/id/document/E/CN.15/2019/L.3/Rev.1\""), "symbol match");

        String none = Fixture.read(dsg, () -> pages.home("zzzz no such words"));
        assertTrue(none.contains("No document title or symbol contains these words."));
    }

    @Test
    void ontologyPageHasAnAnchorPerClassAndProperty() {
        String html = Fixture.read(dsg, () -> Fixture.pages().ontology());
        List<String> classes = Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.getUnionGraph().find(Node.ANY, Terms.TYPE, Terms.OWL_CLASS).forEachRemaining(t -> {
                String iri = t.getSubject().getURI();
                if (iri.startsWith(org.resograph.rdf.Vocab.RG)) out.add(iri.substring(org.resograph.rdf.Vocab.RG.length()));
            });
            return out;
        });
        assertTrue(classes.size() > 20);
        for (String c : classes) assertTrue(html.contains("<section class=\"term\" id=\"" + c + "\">"), "anchor for class " + c);
        for (String p : List.of("recalls", "citedAs", "embodies", "sponsoredBy", "mandateVerb")) {
            assertTrue(html.contains("id=\"" + p + "\""), "anchor for property " + p);
        }
        String document = html.substring(html.indexOf("id=\"Document\""), html.indexOf("</section>", html.indexOf("id=\"Document\"")));
        assertTrue(document.contains("UN document"), "label");
        assertTrue(document.contains("identified by its symbol"), "comment");
        assertTrue(document.contains("href=\"http://data.europa.eu/eli/ontology#LegalResource\">eli:LegalResource</a>"), "ELI alignment");
        assertTrue(document.contains(">undo:Document<"), "close match to UNDO");
        String recalls = html.substring(html.indexOf("id=\"recalls\""), html.indexOf("</section>", html.indexOf("id=\"recalls\"")));
        assertTrue(recalls.contains("href=\"/ontology#cites\""), "sub-property within the ontology");
        assertTrue(recalls.contains("cito:obtainsBackgroundFrom"));
        String embodies = html.substring(html.indexOf("id=\"embodies\""), html.indexOf("</section>", html.indexOf("id=\"embodies\"")));
        assertTrue(embodies.contains("href=\"/ontology#Document\"") && embodies.contains("href=\"/ontology#Resolution\""), "domain and range");
    }
}
