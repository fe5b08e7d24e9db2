package org.resograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.query.QueryCatalogue;

/**
 * {@code resograph query} as a user runs it, on a database of small resolutions that cite each
 * other (src/test/resources/lineage: A/RES/80/3 recalls 80/2 and 79/5, 80/2 recalls 80/1, 80/1
 * recalls 79/5, 79/5 recalls 78/100, which is not in the corpus) and of a chain of eleven
 * (A/RES/90/k recalls 90/k-1; 90/1 recalls 89/7), written by the test.
 */
class QueryCommandTest {
    @TempDir
    static Path tmp;
    static String db;

    @BeforeAll
    static void load() throws Exception {
        Path chain = tmp.resolve("chain");
        Files.createDirectories(chain);
        for (int k = 1; k <= 11; k++) {
            String cited = k == 1 ? "resolution 89/7 of 1 December 2034" : "resolution 90/" + (k - 1) + " of " + k + " January 2035";
            Files.writeString(chain.resolve("ga_90_" + k + ".txt"), """
                    United Nations

                    A/RES/90/%1$d

                    General Assembly

                    Distr.: General

                    %2$d February 2035

                    Ninetieth session

                    Agenda item 9

                    A chain of resolutions

                    Resolution adopted by the General Assembly on %1$d February 2035

                    90/%1$d. Link %1$d of a chain

                    The General Assembly,

                    Recalling its %3$s,

                    1. Decides to remain seized of the matter.

                    %4$dth plenary meeting
                    %1$d February 2035
                    """.formatted(k, k + 1, cited, k + 10), StandardCharsets.UTF_8);
        }
        db = tmp.resolve("db").toString();
        assertEquals(0, Main.commandLine().execute("load", "-q", "--db", db, "src/test/resources/lineage", chain.toString()));
    }


    /** Runs a query on the test database as CSV and returns its rows, cells joined by " | ", IRIs after BASE id/. */
    static List<String> csv(String... args) {
        List<String> all = new ArrayList<>(List.of("query"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", db, "--format", "csv"));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return rows(ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV));
    }

    static final String ID = "https://w3id.org/resograph/id/";

    static List<String> rows(ResultSet rs) {
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> cells = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                // CSV does not tell IRIs from strings: both come back as text.
                String text = n == null ? "" : n.isResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm();
                cells.add(text.startsWith(ID) ? text.substring(ID.length()) : text);
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void listShowsEachQueryNameThenTitle() {
        CliTest.Run r = CliTest.run("query", "--list");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        List<String> names = QueryCatalogue.builtIn().names();
        assertEquals(names.size(), lines.size(), r.out());
        for (int i = 0; i < names.size(); i++) {
            String title = QueryCatalogue.builtIn().get(names.get(i)).title();
            assertTrue(lines.get(i).matches("\\Q" + names.get(i) + "\\E +\\Q" + title + "\\E"), lines.get(i));
        }
        for (String n : List.of("cites", "cited-by", "ancestry", "treaty-invocations", "sdg-invocations", "mandates", "reporting",
                "reporting-due", "funding", "mandates-by-sdg", "mandates-by-treaty", "addressee-verbs", "sponsors", "cosponsors")) {
            assertTrue(names.contains(n), n);
        }
    }

    @Test
    void ancestryGivesTheLeastNumberOfHops() {
        // 80/3 recalls 79/5 directly: depth 1, not 3 through 80/2 and 80/1. The adoption-line
        // documents ([without reference to a Main Committee (A/80/L.9)]) are cited documents too.
        assertEquals(List.of(
                "document/A/RES/80/3 | document/A/80/L.9 | 1 | A/80/L.9",
                "document/A/RES/80/3 | resolution/ga/79/5 | 1 | General Assembly resolution 79/5",
                "document/A/RES/80/3 | resolution/ga/80/2 | 1 | General Assembly resolution 80/2",
                "resolution/ga/79/5 | document/A/79/400 | 2 | A/79/400",
                "resolution/ga/79/5 | resolution/ga/78/100 | 2 | General Assembly resolution 78/100",
                "resolution/ga/80/2 | document/A/80/L.5 | 2 | A/80/L.5",
                "resolution/ga/80/2 | resolution/ga/80/1 | 2 | General Assembly resolution 80/1",
                "resolution/ga/80/1 | document/A/80/L.2 | 3 | A/80/L.2"),
                csv("ancestry", "--param", "document=A/RES/80/3"));
        assertEquals(List.of(
                "document/A/RES/80/2 | document/A/80/L.5 | 1 | A/80/L.5",
                "document/A/RES/80/2 | resolution/ga/80/1 | 1 | General Assembly resolution 80/1",
                "resolution/ga/80/1 | document/A/80/L.2 | 2 | A/80/L.2",
                "resolution/ga/80/1 | resolution/ga/79/5 | 2 | General Assembly resolution 79/5",
                "resolution/ga/79/5 | document/A/79/400 | 3 | A/79/400",
                "resolution/ga/79/5 | resolution/ga/78/100 | 3 | General Assembly resolution 78/100"),
                csv("ancestry", "--param", "document=A/RES/80/2"));
        assertEquals(List.of(), csv("ancestry", "--param", "document=A/RES/99/99"), "an unknown document has no ancestry");
    }

    @Test
    void ancestryFollowsALongChainToItsEnd() {
        List<String> want = new ArrayList<>();
        want.add("document/A/RES/90/11 | resolution/ga/90/10 | 1 | General Assembly resolution 90/10");
        for (int d = 2; d <= 8; d++) {
            want.add("resolution/ga/90/" + (12 - d) + " | resolution/ga/90/" + (11 - d) + " | " + d + " | General Assembly resolution 90/" + (11 - d));
        }
        // Beyond 8 hops the depth says "9+"; the rows are still the chain's edges (ordered by via).
        want.add("resolution/ga/90/1 | resolution/ga/89/7 | 9+ | General Assembly resolution 89/7");
        want.add("resolution/ga/90/2 | resolution/ga/90/1 | 9+ | General Assembly resolution 90/1");
        want.add("resolution/ga/90/3 | resolution/ga/90/2 | 9+ | General Assembly resolution 90/2");
        assertEquals(want, csv("ancestry", "-p", "document=A/RES/90/11"));
    }

    @Test
    void citedByReachesAResolutionThroughTheDocumentThatPrintsIt() {
        List<String> want = List.of(
                "document/A/RES/80/1 | resolution/ga/79/5 | recalling | Preambular paragraph 1 | 2025",
                "document/A/RES/80/3 | resolution/ga/79/5 | recalling | Preambular paragraph 2 | 2025");
        assertEquals(want, csv("cited-by", "--param", "cited=resolution/ga/79/5"));
        assertEquals(want, csv("cited-by", "--param", "cited=document/A/RES/79/5"));
    }

    @Test
    void jsonAndTsvAreStandardResultsAndDotIsAGraph() {
        CliTest.Run json = CliTest.run("query", "ancestry", "--db", db, "-p", "document=A/RES/80/2", "-f", "json");
        assertEquals(0, json.code(), json.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        assertEquals(List.of("via", "ancestor", "depth", "label"), rs.getResultVars());
        List<Integer> depths = new ArrayList<>();
        while (rs.hasNext()) depths.add(rs.next().getLiteral("depth").getInt());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), depths);

        CliTest.Run tsv = CliTest.run("query", "ancestry", "--db", db, "-p", "document=A/RES/80/2", "-f", "tsv");
        assertEquals(0, tsv.code(), tsv.err());
        ResultSet ts = ResultSetMgr.read(new ByteArrayInputStream(tsv.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV);
        assertEquals(6, rows(ts).size());

        CliTest.Run dot = CliTest.run("query", "ancestry", "--db", db, "-p", "document=A/RES/80/3", "-f", "dot");
        assertEquals(0, dot.code(), dot.err());
        List<String> lines = dot.out().lines().toList();
        assertEquals("digraph resograph {", lines.get(0));
        assertEquals("}", lines.get(lines.size() - 1));
        assertTrue(lines.contains("  \"id:document/A/RES/80/3\" -> \"id:resolution/ga/80/2\" [label=\"1\"];"), dot.out());
        assertTrue(lines.contains("  \"id:resolution/ga/80/1\" -> \"id:document/A/80/L.2\" [label=\"3\"];"), dot.out());
        assertEquals(8, lines.stream().filter(l -> l.contains(" -> ")).count());
        for (String l : lines.subList(1, lines.size() - 1)) assertTrue(l.endsWith(";"), l);

        CliTest.Run table = CliTest.run("query", "ancestry", "--db", db, "-p", "document=A/RES/80/2");
        assertEquals(0, table.code(), table.err());
        assertEquals("""
                via                     ancestor                 depth  label
                ----------------------  -----------------------  -----  ----------------------------------
                id:document/A/RES/80/2  id:document/A/80/L.5         1  A/80/L.5
                id:document/A/RES/80/2  id:resolution/ga/80/1        1  General Assembly resolution 80/1
                id:resolution/ga/80/1   id:document/A/80/L.2         2  A/80/L.2
                id:resolution/ga/80/1   id:resolution/ga/79/5        2  General Assembly resolution 79/5
                id:resolution/ga/79/5   id:document/A/79/400         3  A/79/400
                id:resolution/ga/79/5   id:resolution/ga/78/100      3  General Assembly resolution 78/100
                (6 rows)
                """, table.out());
    }

    @Test
    void aQueryFileRunsByPathAndItsVariablesAreItsParameters() throws Exception {
        Path rq = tmp.resolve("adopted.rq");
        Files.writeString(rq, """
                PREFIX rg: <https://w3id.org/resograph/ontology#>
                SELECT ?document ?date { ?document rg:embodies ?resolution ; rg:adoptionDate ?date }
                """);
        assertEquals(List.of("document/A/RES/80/1 | 2025-10-03"), csv(rq.toString(), "-p", "resolution=ga/80/1"));
        CliTest.Run r = CliTest.run("query", rq.toString(), "--db", db, "-p", "body=GA");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("query adopted has no parameter 'body'; it takes none"), r.err());
        CliTest.Run broken = CliTest.run("query", Files.writeString(tmp.resolve("broken.rq"), "SELECT ?x {").toString(), "--db", db);
        assertEquals(ExitCodes.USAGE, broken.code());
        assertTrue(broken.err().contains("broken.rq"), broken.err());
    }

    @Test
    void wrongUsageSaysWhatIsWrongAndExitsWithTwo() {
        CliTest.Run unknown = CliTest.run("query", "ancestry", "--db", db, "--param", "doc=A/RES/80/3");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertEquals("resograph: error: query ancestry has no parameter 'doc'; its parameters: document\n", unknown.err());
        CliTest.Run value = CliTest.run("query", "cited-by", "--db", db, "--param", "cited=x> } ; DROP ALL");
        assertEquals(ExitCodes.USAGE, value.code());
        assertTrue(value.err().contains("parameter cited: 'x> } ; DROP ALL' is not a path below id/"), value.err());
        CliTest.Run noEquals = CliTest.run("query", "mandates", "--db", db, "--param", "UNODC");
        assertEquals(ExitCodes.USAGE, noEquals.code());
        assertTrue(noEquals.err().contains("--param needs NAME=VALUE"), noEquals.err());
        assertEquals(ExitCodes.USAGE, CliTest.run("query", "no-such-query", "--db", db).code());
        assertEquals(ExitCodes.USAGE, CliTest.run("query", "--db", db).code(), "no query named");
        CliTest.Run format = CliTest.run("query", "mandates", "--db", db, "--format", "xml");
        assertEquals(ExitCodes.USAGE, format.code());
        assertTrue(format.err().contains("unknown format 'xml'"), format.err());
        CliTest.Run noDb = CliTest.run("query", "mandates", "--db", tmp.resolve("nowhere").toString());
        assertEquals(ExitCodes.FAILED_INPUTS, noDb.code());
        assertTrue(noDb.err().contains("no database at"), noDb.err());
    }

    @Test
    void showPrintsTheQuestionParametersAndText() {
        CliTest.Run r = CliTest.run("query", "mandates", "--show");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("mandates: Mandates given to a body\n"), r.out());
        assertTrue(r.out().contains("  --param body=UNODC   [body] "), r.out());
        assertTrue(r.out().contains("SELECT ?year ?document ?paragraph ?verb ?addressee ?text"), r.out());
    }

    @Test
    void benchTimesEveryQueryWithTheValuesGivenToTheQueriesThatDeclareThem() {
        CliTest.Run r = CliTest.run("query", "--bench", "--runs", "1", "--db", db, "--param", "document=A/RES/80/3");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("query"), lines.get(0));
        int timed = 0;
        for (String l : lines) {
            String[] cells = l.trim().split("\\s+");
            if (QueryCatalogue.builtIn().get(cells[0]) == null) continue;
            timed++;
            // "document" is a parameter of ancestry: the rows are A/RES/80/3's ancestors.
            if (cells[0].equals("ancestry")) {
                assertEquals(Integer.toString(csv("ancestry", "--param", "document=A/RES/80/3").size()), cells[cells.length - 1], l);
            }
        }
        assertEquals(QueryCatalogue.builtIn().all().size(), timed, r.out());
        // A name no query declares is a mistake, not something to ignore.
        CliTest.Run typo = CliTest.run("query", "--bench", "--runs", "1", "--db", db, "--param", "documnet=A/RES/80/3");
        assertEquals(2, typo.code(), typo.out());
        assertTrue(typo.err().contains("no canned query has a parameter 'documnet'"), typo.err());
    }
}
