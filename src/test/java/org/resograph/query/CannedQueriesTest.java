package org.resograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.resograph.query.SeedsFixture.lines;
import static org.resograph.query.SeedsFixture.params;
import static org.resograph.query.SeedsFixture.rows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.cli.CliTest;
import org.resograph.rdf.Vocab;
import org.resograph.serve.SeedsServer;

/**
 * Every canned query on the five seeds, answer in full. The expected rows were worked out from
 * the seed texts and checked against the hand-checked answers in ../shared/gold (sponsors,
 * citations, mandates, reporting with sessions 16, 28 and 29); where a row rests on a reading
 * the gold files do not record (the paragraph of a citation, a funding condition), the comment
 * says what the text prints. The same queries are also run through an in-process Fuseki endpoint.
 */
class CannedQueriesTest {
    @TempDir
    static Path tmp;
    static DatasetGraph dsg;
    static QueryTarget local;
    static QueryTarget remote;
    static SeedsServer seeds;
    static String endpoint;
    static final QueryCatalogue CATALOGUE = QueryCatalogue.builtIn();

    @BeforeAll
    static void load() {
        seeds = SeedsServer.start(tmp);
        dsg = seeds.dsg();
        local = QueryTarget.local(dsg, Duration.ofSeconds(60));
        endpoint = seeds.endpoint();
        remote = QueryTarget.endpoint(endpoint, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (seeds != null) seeds.close();
    }

    static QueryResult run(String name, Map<String, String> given) {
        CannedQuery q = CATALOGUE.get(name);
        assertNotNull(q, "no canned query " + name);
        return local.run(BoundQuery.bind(q, given, Vocab.DEFAULT_BASE).query());
    }

    static List<String> answer(String name, String... pairs) {
        return rows(run(name, params(pairs)));
    }

    /** Expected rows; a cell that ends in "..." only has to start with what precedes it. */
    static void assertRows(String expected, List<String> actual) {
        List<String> want = lines(expected);
        boolean prefixes = expected.contains("...");
        if (!prefixes || want.size() != actual.size()) {
            assertEquals(String.join("\n", want), String.join("\n", actual));
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            String[] w = want.get(i).split(" \\| ", -1);
            String[] a = actual.get(i).split(" \\| ", -1);
            assertEquals(w.length, a.length, "row " + (i + 1) + ": " + actual.get(i));
            for (int j = 0; j < w.length; j++) {
                if (w[j].endsWith("...")) {
                    String p = w[j].substring(0, w[j].length() - 3);
                    assertTrue(a[j].startsWith(p), "row " + (i + 1) + " cell " + (j + 1) + ": '" + a[j] + "' should start with '" + p + "'");
                } else {
                    assertEquals(w[j], a[j], "row " + (i + 1) + ": " + actual.get(i));
                }
            }
        }
    }

    // --- lineage -------------------------------------------------------------------------

    @Test
    void citesListsEachCitationOfTheRevisedDraftOnceByParagraphAndClause() {
        // E/CN.15/2019/L.3/Rev.1 (seed 004). Gold: 9 resolutions, treaties UNTOC, CRC, OPSC,
        // TIP-PROTOCOL, instruments GUIDELINES-CHILD-VICTIMS and MODEL-STRATEGIES-VAC (named in the
        // titles of resolutions 2004/27 and 69/194). Footnote citations (Treaty Series volumes) fall
        // under the paragraph that carries the footnote. Preambular paragraph 6 opens "Noting that"
        // (taking note), 8 and 13 "Recalling", 11 "Taking note"; operative paragraph 17 "Calls upon"
        // (another kind of clause). Operative paragraph 3 misspells "Convention on the Right of the
        // Child", which the converter does not recognise, so it has no row.
        assertRows("""
                D004 | id:treaty/UNTOC | taking note | Preambular paragraph 6 | treaty | United Nations Convention against Transnational Organized Crime
                D004 | id:treaty/CRC | recalling | Preambular paragraph 8 | treaty | Convention on the Rights of the Child
                D004 | id:treaty/OPSC | recalling | Preambular paragraph 8 | treaty | Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography
                D004 | id:treaty/OPSC | taking note | Preambular paragraph 11 | treaty | Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography
                D004 | id:instrument/GUIDELINES-CHILD-VICTIMS | recalling | Preambular paragraph 13 | instrument | Guidelines on Justice in Matters involving Child Victims and Witnesses of Crime
                D004 | id:instrument/MODEL-STRATEGIES-VAC | recalling | Preambular paragraph 13 | instrument | United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice
                D004 | id:resolution/ccpcj/16/2 | recalling | Preambular paragraph 13 | resolution | Commission on Crime Prevention and Criminal Justice resolution 16/2
                D004 | id:resolution/ecosoc/2004/27 | recalling | Preambular paragraph 13 | resolution | Economic and Social Council resolution 2004/27
                D004 | id:resolution/ecosoc/2011/33 | recalling | Preambular paragraph 13 | resolution | Economic and Social Council resolution 2011/33
                D004 | id:resolution/ga/69/194 | recalling | Preambular paragraph 13 | resolution | General Assembly resolution 69/194
                D004 | id:resolution/ga/72/195 | recalling | Preambular paragraph 13 | resolution | General Assembly resolution 72/195
                D004 | id:resolution/ga/73/148 | recalling | Preambular paragraph 13 | resolution | General Assembly resolution 73/148
                D004 | id:resolution/ga/73/154 | recalling | Preambular paragraph 13 | resolution | General Assembly resolution 73/154
                D004 | id:resolution/ccpcj/27/3 | recalling | Preambular paragraph 19 | resolution | Commission on Crime Prevention and Criminal Justice resolution 27/3
                D004 | id:resolution/ccpcj/26/3 | recalling | Preambular paragraph 20 | resolution | Commission on Crime Prevention and Criminal Justice resolution 26/3
                D004 | id:treaty/TIP-PROTOCOL | other clause | Operative paragraph 17 | treaty | Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime
                D004 | id:treaty/UNTOC | other clause | Operative paragraph 17 | treaty | United Nations Convention against Transnational Organized Crime
                """, answer("cites"));
    }

    @Test
    void citesTakesADraftWithoutSymbolByItsIri() {
        // Seed 002. Gold: resolutions 70/1, 72/1, 64/293; treaties TIP-PROTOCOL, UNTOC; instruments
        // AGENDA-2030, POLDEC-GPA-2017, GPA-TIP (also inside the declaration's name); targets 5.2,
        // 8.7, 16.2. Preambular 2 "Welcoming the ratification of ... the Protocol"; preambular 3
        // "Reiterating the adoption ... of resolution 70/1 ... and targets 5.2, 8.7 and 16.2";
        // operative 1 "Urges ... the Convention and the Protocol"; 3 "the Trafficking in Persons
        // Protocol"; 4 the political declaration (footnote 3: 72/1); 6 the Global Plan of Action
        // (footnote 4: 64/293) and the 2030 Agenda (footnote 5: 70/1).
        String iri = "<" + Vocab.DEFAULT_BASE + "id/" + SeedsFixture.DOCUMENTS.get("D002").substring("id:".length()) + ">";
        String tip = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
                + "supplementing the United Nations Convention against Transnational Organized Crime";
        String agenda = "Transforming our world: the 2030 Agenda for Sustainable Development";
        String gpa = "United Nations Global Plan of Action to Combat Trafficking in Persons";
        assertRows(("""
                D002 | id:treaty/TIP-PROTOCOL | welcoming | Preambular paragraph 2 | treaty | {TIP}
                D002 | sdg:16.2 | other clause | Preambular paragraph 3 | SDG target | End abuse, exploitation, trafficking and all forms of violence against and torture of children
                D002 | sdg:5.2 | other clause | Preambular paragraph 3 | SDG target | Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation
                D002 | sdg:8.7 | other clause | Preambular paragraph 3 | SDG target | Take immediate and effective measures to eradicate forced labour, end modern slavery and human trafficking and secure the prohibition and elimination of the worst forms of child labour, including recruitment and use of child soldiers, and by 2025 end child labour in all its forms
                D002 | id:instrument/AGENDA-2030 | other clause | Preambular paragraph 3 | instrument | {AGENDA}
                D002 | id:resolution/ga/70/1 | other clause | Preambular paragraph 3 | resolution | General Assembly resolution 70/1
                D002 | id:treaty/TIP-PROTOCOL | other clause | Operative paragraph 1 | treaty | {TIP}
                D002 | id:treaty/UNTOC | other clause | Operative paragraph 1 | treaty | United Nations Convention against Transnational Organized Crime
                D002 | id:treaty/TIP-PROTOCOL | other clause | Operative paragraph 3 | treaty | {TIP}
                D002 | id:instrument/GPA-TIP | other clause | Operative paragraph 4 | instrument | {GPA}
                D002 | id:instrument/POLDEC-GPA-2017 | other clause | Operative paragraph 4 | instrument | Political declaration on the implementation of the {GPA}
                D002 | id:resolution/ga/72/1 | other clause | Operative paragraph 4 | resolution | General Assembly resolution 72/1
                D002 | id:instrument/AGENDA-2030 | other clause | Operative paragraph 6 | instrument | {AGENDA}
                D002 | id:instrument/GPA-TIP | other clause | Operative paragraph 6 | instrument | {GPA}
                D002 | id:resolution/ga/64/293 | other clause | Operative paragraph 6 | resolution | General Assembly resolution 64/293
                D002 | id:resolution/ga/70/1 | other clause | Operative paragraph 6 | resolution | General Assembly resolution 70/1
                """).replace("{TIP}", tip).replace("{AGENDA}", agenda).replace("{GPA}", gpa),
                answer("cites", "document", iri));
    }

    @Test
    void citedByFindsTheThreeDraftsThatCiteResolution72Slash1() {
        // Gold: GA 72/1 is cited by seeds 000, 001 and 002. 000 recalls it (preambular 2); 001
        // welcomes the political declaration in preambular 9 with footnote 4; 002 cites it in
        // footnote 3 of operative 4 ("Further encourages").
        assertRows("""
                D000 | id:resolution/ga/72/1 | recalling | Preambular paragraph 2 | 2018
                D001 | id:resolution/ga/72/1 | welcoming | Preambular paragraph 9 | 2018
                D002 | id:resolution/ga/72/1 | other clause | Operative paragraph 4 | 2018
                """, answer("cited-by"));
    }

    @Test
    void citedByCountsATreatysArticlesAndFindsDocumentsCitedInFootnotes() {
        assertRows("""
                D001 | id:treaty/UNTOC/article/27/paragraph/3 | recalling | Preambular paragraph 17 | 2018
                """, answer("cited-by", "cited", "treaty/UNTOC/article/27"));
        // The agenda document is cited in the header footnote of seeds 000 and 001 (gold citedDocuments).
        assertRows("""
                D000 | id:document/E/CN.15/2018/1 | other clause | Footnote * | 2018
                D001 | id:document/E/CN.15/2018/1 | other clause | Footnote * | 2018
                """, answer("cited-by", "cited", "document/E/CN.15/2018/1"));
    }

    @Test
    void ancestryOfTheRevisedDraftIsTheNineResolutionsItCites() {
        // Gold citedResolutions of seed 004; none of them is in the seeds, so nothing is deeper.
        assertRows("""
                D004 | id:resolution/ccpcj/16/2 | 1 | Commission on Crime Prevention and Criminal Justice resolution 16/2
                D004 | id:resolution/ccpcj/26/3 | 1 | Commission on Crime Prevention and Criminal Justice resolution 26/3
                D004 | id:resolution/ccpcj/27/3 | 1 | Commission on Crime Prevention and Criminal Justice resolution 27/3
                D004 | id:resolution/ecosoc/2004/27 | 1 | Economic and Social Council resolution 2004/27
                D004 | id:resolution/ecosoc/2011/33 | 1 | Economic and Social Council resolution 2011/33
                D004 | id:resolution/ga/69/194 | 1 | General Assembly resolution 69/194
                D004 | id:resolution/ga/72/195 | 1 | General Assembly resolution 72/195
                D004 | id:resolution/ga/73/148 | 1 | General Assembly resolution 73/148
                D004 | id:resolution/ga/73/154 | 1 | General Assembly resolution 73/154
                """, answer("ancestry"));
    }

    @Test
    void treatyInvocationsOfTheOrganizedCrimeConventionOverTime() {
        // Gold: UNTOC is referred to by all five seeds; articles 24 and 25 (003) and article 27,
        // paragraph 3 (001). The Convention named only inside a Protocol's title does not count.
        assertRows("""
                2006 | D003 | id:treaty/UNTOC | Preambular paragraph 6 | recalling
                2006 | D003 | id:treaty/UNTOC | Operative paragraph 5 | other clause
                2006 | D003 | id:treaty/UNTOC | Operative paragraph 6 (b) (ii) | other clause
                2006 | D003 | id:treaty/UNTOC/article/24 | Operative paragraph 6 (b) (ii) | other clause
                2006 | D003 | id:treaty/UNTOC/article/25 | Operative paragraph 6 (b) (ii) | other clause
                2018 | D000 | id:treaty/UNTOC | Preambular paragraph 1 | reaffirming
                2018 | D000 | id:treaty/UNTOC | Preambular paragraph 2 | recalling
                2018 | D001 | id:treaty/UNTOC | Preambular paragraph 3 | other clause
                2018 | D001 | id:treaty/UNTOC | Preambular paragraph 16 | other clause
                2018 | D001 | id:treaty/UNTOC | Preambular paragraph 17 | recalling
                2018 | D001 | id:treaty/UNTOC/article/27/paragraph/3 | Preambular paragraph 17 | recalling
                2018 | D001 | id:treaty/UNTOC | Operative paragraph 1 | other clause
                2018 | D002 | id:treaty/UNTOC | Operative paragraph 1 | other clause
                2019 | D004 | id:treaty/UNTOC | Preambular paragraph 6 | taking note
                2019 | D004 | id:treaty/UNTOC | Operative paragraph 17 | other clause
                """, answer("treaty-invocations"));
        // Gold 003: article 6, paragraphs 2, 3 and 4 of the Trafficking in Persons Protocol.
        assertRows("""
                2006 | D003 | id:treaty/TIP-PROTOCOL/article/6/paragraph/2 | Operative paragraph 6 (b) (ii) | other clause
                2006 | D003 | id:treaty/TIP-PROTOCOL/article/6/paragraph/3 | Operative paragraph 7 (c) | other clause
                2006 | D003 | id:treaty/TIP-PROTOCOL/article/6/paragraph/4 | Operative paragraph 7 (c) | other clause
                """, answer("treaty-invocations", "treaty", "TIP-PROTOCOL/article/6"));
    }

    @Test
    void sdgInvocationsOfTarget16Point2AndOfGoal16() {
        // Gold: targets 5.2, 8.7 and 16.2 in seeds 001 ("and recalling targets ...") and 002.
        String expected = """
                2018 | D001 | sdg:16.2 | Preambular paragraph 4 | recalling
                2018 | D002 | sdg:16.2 | Preambular paragraph 3 | other clause
                """;
        assertRows(expected, answer("sdg-invocations"));
        assertRows(expected, answer("sdg-invocations", "target", "16"));
        assertRows("""
                2018 | D001 | sdg:5.2 | Preambular paragraph 4 | recalling
                2018 | D002 | sdg:5.2 | Preambular paragraph 3 | other clause
                """, answer("sdg-invocations", "target", "5.2"));
    }

    // --- mandates ------------------------------------------------------------------------

    @Test
    void mandatesToUnodcAcrossTheSeedsOldestFirst() {
        // Gold mandates to UNODC: 003 paras 16, 17, 18; 000 para 4; 001 paras 8, 9; 002 paras 6, 9,
        // 10, 12; 004 para 15; and its Executive Director (UNODC-ED, a post in UNODC): 001 para 12.
        // The text is the paragraph's: in 000 para 4 and 002 paras 9 and 10 the mandate is a later
        // verb ("and invites the United Nations Office ...", "and requests ...").
        assertRows("""
                2006 | D003 | Operative paragraph 16 | encourages | id:body/UNODC | Encourages the United Nations Office on Drugs and Crime to continue...
                2006 | D003 | Operative paragraph 17 | requests | id:body/UNODC | Requests the United Nations Office on Drugs and Crime to promote...
                2006 | D003 | Operative paragraph 18 | requests | id:body/UNODC | Also requests the United Nations Office on Drugs and Crime to organize...
                2018 | D000 | Operative paragraph 4 | invites | id:body/UNODC | Urges Members States to establish national coordinating offices...
                2018 | D001 | Operative paragraph 8 | requests | id:body/UNODC | Requests the United Nations Office on Drugs and Crime to provide...
                2018 | D001 | Operative paragraph 9 | requests | id:body/UNODC | Also requests the United Nations Office on Drugs and Crime, as a coordinator...
                2018 | D001 | Operative paragraph 12 | requests | id:body/UNODC-ED | Requests the Executive Director of the United Nations Office on Drugs and Crime to submit a report...
                2018 | D002 | Operative paragraph 6 | invites | id:body/UNODC | Invites the United Nations Office on Drugs and Crime and other relevant agencies...
                2018 | D002 | Operative paragraph 9 | requests | id:body/UNODC | Calls upon Member States, where applicable...
                2018 | D002 | Operative paragraph 10 | requests | id:body/UNODC | Encourages Member States to consider or continue...
                2018 | D002 | Operative paragraph 12 | requests | id:body/UNODC | Requests the United Nations Office on Drugs and Crime to inform the Commission...
                2019 | D004 | Operative paragraph 15 | requests | id:body/UNODC | Requests the United Nations Office on Drugs and Crime to assist Member States...
                """, answer("mandates"));
        assertRows("""
                2006 | D003 | Operative paragraph 20 | requests | id:body/SG | Requests the Secretary-General to report...
                """, answer("mandates", "body", "SG"));
    }

    @Test
    void reportingObligationsWithTheirSessions16And28And29() {
        // Gold reporting: 003 para 20 SG -> CCPCJ 16; 002 para 12 UNODC -> CCPCJ 28; 001 para 12
        // UNODC-ED -> CCPCJ 29. The years are those of the sessions in the reference data.
        String all = """
                id:body/SG | id:body/CCPCJ | 16 | 2007 | D003 | Operative paragraph 20
                id:body/UNODC | id:body/CCPCJ | 28 | 2019 | D002 | Operative paragraph 12
                id:body/UNODC-ED | id:body/CCPCJ | 29 | 2020 | D001 | Operative paragraph 12
                """;
        assertRows(all, answer("reporting"));
        assertRows(all, answer("reporting", "to", "CCPCJ"));
        assertRows("""
                id:body/SG | id:body/CCPCJ | 16 | 2007 | D003 | Operative paragraph 20
                """, answer("reporting", "reporter", "SG"));
        assertRows("", answer("reporting", "to", "GA"));
    }

    @Test
    void reportingDueInAYearOrAtASession() {
        assertRows("""
                id:body/UNODC-ED | id:body/CCPCJ | 29 | 2020 | D001 | Operative paragraph 12 | Requests the Executive Director of the United Nations Office on Drugs and Crime to submit a report...
                """, answer("reporting-due"));
        assertRows("""
                id:body/UNODC | id:body/CCPCJ | 28 | 2019 | D002 | Operative paragraph 12 | Requests the United Nations Office on Drugs and Crime to inform the Commission, at its twenty-eighth session...
                """, answer("reporting-due", "due", "ccpcj/28"));
        assertRows("""
                id:body/SG | id:body/CCPCJ | 16 | 2007 | D003 | Operative paragraph 20 | Requests the Secretary-General to report to the Commission...
                """, answer("reporting-due", "due", "2007"));
        assertRows("", answer("reporting-due", "due", "2021"));
    }

    @Test
    void fundingConditionsOfMandates() {
        // 003 paras 17 and 18: "within available extrabudgetary resources but not excluding the use
        // of resources appropriated to it from the regular budget"; 002 para 12: "within existing
        // reporting obligations". The donors' extrabudgetary resources (000 para 7, 001 para 11,
        // 002 para 13, 004 para 21) are invitations to Member States and donors, not mandates.
        assertRows("""
                2006 | D003 | Operative paragraph 17 | requests | id:body/UNODC | extrabudgetary resources | Requests the United Nations Office on Drugs and Crime to promote...
                2006 | D003 | Operative paragraph 17 | requests | id:body/UNODC | regular budget | Requests the United Nations Office on Drugs and Crime to promote...
                2006 | D003 | Operative paragraph 18 | requests | id:body/UNODC | extrabudgetary resources | requests the United Nations Office on Drugs and Crime to organize...
                2006 | D003 | Operative paragraph 18 | requests | id:body/UNODC | regular budget | requests the United Nations Office on Drugs and Crime to organize...
                2018 | D002 | Operative paragraph 12 | requests | id:body/UNODC | within existing resources | Requests the United Nations Office on Drugs and Crime to inform...
                """, answer("funding"));
        assertRows("""
                2018 | D002 | Operative paragraph 12 | requests | id:body/UNODC | within existing resources | Requests the United Nations Office on Drugs and Crime to inform...
                """, answer("funding", "condition", "existing-resources"));
    }

    @Test
    void mandatesInTextsThatInvokeEachSdgTarget() {
        // Gold: 001 and 002 invoke 5.2, 8.7 and 16.2. Their mandates: 001 UNODC x2, WG-TIP, UNODC-ED;
        // 002 UNODC x4, UN-SYSTEM.
        StringBuilder expected = new StringBuilder();
        for (String t : List.of("5.2", "8.7", "16.2")) {
            expected.append("sdg:").append(t).append(" | id:body/UNODC | 6 | 2\n");
            expected.append("sdg:").append(t).append(" | id:body/UN-SYSTEM | 1 | 1\n");
            expected.append("sdg:").append(t).append(" | id:body/UNODC-ED | 1 | 1\n");
            expected.append("sdg:").append(t).append(" | id:body/WG-TIP | 1 | 1\n");
        }
        assertRows(expected.toString(), answer("mandates-by-sdg"));
        assertRows("""
                sdg:16.2 | id:body/UNODC | 6 | 2
                sdg:16.2 | id:body/UN-SYSTEM | 1 | 1
                sdg:16.2 | id:body/UNODC-ED | 1 | 1
                sdg:16.2 | id:body/WG-TIP | 1 | 1
                """, answer("mandates-by-sdg", "target", "16"));
    }

    @Test
    void mandatesGivenInParagraphsThatCiteATreaty() {
        // 003 para 17: "Requests the United Nations Office on Drugs and Crime to promote the
        // ratification of the Protocol to Prevent, Suppress and Punish Trafficking in Persons";
        // para 20: the Secretary-General's report "focusing on the implementation of article 5 of
        // the Protocol". No other mandate's paragraph names a treaty.
        String expected = """
                id:treaty/TIP-PROTOCOL | id:treaty/TIP-PROTOCOL | D003 | Operative paragraph 17 | requests | id:body/UNODC
                id:treaty/TIP-PROTOCOL | id:treaty/TIP-PROTOCOL | D003 | Operative paragraph 20 | requests | id:body/SG
                id:treaty/TIP-PROTOCOL | id:treaty/TIP-PROTOCOL/article/5 | D003 | Operative paragraph 20 | requests | id:body/SG
                """;
        assertRows(expected, answer("mandates-by-treaty"));
        assertRows(expected, answer("mandates-by-treaty", "treaty", "TIP-PROTOCOL"));
        assertRows("", answer("mandates-by-treaty", "treaty", "UNTOC"));
    }

    @Test
    void addresseesByVerbAsTheGoldOperativeParagraphsAndMandatesCountThem() {
        // Computed from the gold files: each operative paragraph's verb and addressees, plus each
        // mandate (paragraph, verb, addressee); distinct paragraphs and documents per pair.
        assertRows("""
                id:body/MEMBER-STATES | encourages | 23 | 4
                id:body/MEMBER-STATES | invites | 13 | 5
                id:body/MEMBER-STATES | urges | 13 | 5
                id:body/UNODC | requests | 8 | 4
                id:body/MEMBER-STATES | calls upon | 6 | 4
                id:body/DONORS | invites | 4 | 4
                id:body/UNODC | invites | 2 | 2
                id:body/ACADEMIA | encourages | 1 | 1
                id:body/BUSINESSES | encourages | 1 | 1
                id:body/CIVIL-SOCIETY | encourages | 1 | 1
                id:body/SG | requests | 1 | 1
                id:body/STATES | calls upon | 1 | 1
                id:body/UN-SYSTEM | invites | 1 | 1
                id:body/UNODC | encourages | 1 | 1
                id:body/UNODC-ED | requests | 1 | 1
                id:body/WG-TIP | invites | 1 | 1
                """, answer("addressee-verbs"));
        assertRows("""
                id:body/UNODC | requests | 8 | 4
                id:body/SG | requests | 1 | 1
                id:body/UNODC-ED | requests | 1 | 1
                """, answer("addressee-verbs", "verb", "requests"));
    }

    /** Gold sponsors of each seed, in printed order. */
    static final Map<String, List<String>> SPONSORS = new TreeMap<>(Map.of(
            "D000", List.of("FRA", "ROU"),
            "D001", List.of("BLR"),
            "D002", List.of("COL", "PHL"),
            "D003", List.of("JPN"),
            "D004", List.of("AND", "AUS", "HND", "MEX", "SAU", "PER", "PHL")));

    @Test
    void sponsorsOfEachText() {
        assertRows("""
                id:state/AND | Andorra | D004 | 1 | 2019
                id:state/AUS | Australia | D004 | 2 | 2019
                id:state/BLR | Belarus | D001 | 1 | 2018
                id:state/COL | Colombia | D002 | 1 | 2018
                id:state/FRA | France | D000 | 1 | 2018
                id:state/HND | Honduras | D004 | 3 | 2019
                id:state/JPN | Japan | D003 | 1 | 2006
                id:state/MEX | Mexico | D004 | 4 | 2019
                id:state/PER | Peru | D004 | 6 | 2019
                id:state/PHL | Philippines | D002 | 2 | 2018
                id:state/PHL | Philippines | D004 | 7 | 2019
                id:state/ROU | Romania | D000 | 2 | 2018
                id:state/SAU | Saudi Arabia | D004 | 5 | 2019
                """, answer("sponsors"));
        // The gold lists, rank by rank.
        List<String> fromGold = new ArrayList<>();
        SPONSORS.forEach((doc, states) -> {
            for (int i = 0; i < states.size(); i++) fromGold.add(states.get(i) + " " + doc + " " + (i + 1));
        });
        List<String> fromQuery = new ArrayList<>();
        for (String row : answer("sponsors")) {
            String[] c = row.split(" \\| ");
            fromQuery.add(c[0].substring("id:state/".length()) + " " + c[2] + " " + c[3]);
        }
        assertEquals(new java.util.TreeSet<>(fromGold), new java.util.TreeSet<>(fromQuery));
        assertRows("""
                id:state/PHL | Philippines | D002 | 2 | 2018
                id:state/PHL | Philippines | D004 | 7 | 2019
                """, answer("sponsors", "state", "PHL"));
    }

    @Test
    void cosponsorPairsAreThePairsOfTheGoldSponsorLists() {
        Map<String, Integer> pairs = new TreeMap<>();
        for (List<String> states : SPONSORS.values()) {
            for (String a : states) {
                for (String b : states) {
                    if (a.compareTo(b) < 0) pairs.merge("id:state/" + a + " | id:state/" + b, 1, Integer::sum);
                }
            }
        }
        assertEquals(23, pairs.size());
        StringBuilder expected = new StringBuilder();
        pairs.forEach((p, n) -> expected.append(p).append(" | ").append(n).append('\n'));
        assertRows(expected.toString(), answer("cosponsors"));
        StringBuilder phl = new StringBuilder();
        pairs.forEach((p, n) -> {
            if (p.contains("PHL")) phl.append(p).append(" | ").append(n).append('\n');
        });
        assertRows(phl.toString(), answer("cosponsors", "state", "PHL"));
    }

    // --- every query, and the endpoint --------------------------------------------------

    @Test
    void everyCannedQueryHasAHeaderAndRunsWithItsDefaults() {
        assertTrue(CATALOGUE.names().size() >= 14, CATALOGUE.names().toString());
        for (CannedQuery q : CATALOGUE.all()) {
            assertFalse(q.title().isBlank(), q.name() + ": title");
            assertFalse(q.question().isBlank(), q.name() + ": question");
            assertFalse(q.examples().isEmpty(), q.name() + ": example");
            for (String ex : q.examples()) assertTrue(ex.startsWith("resograph query " + q.name()), q.name() + ": " + ex);
            for (QueryParam p : q.params()) {
                assertTrue(BoundQuery.variables(q.text()).contains(p.name()), q.name() + ": ?" + p.name() + " is not in the query");
                assertFalse(p.meaning().isBlank(), q.name() + ": meaning of " + p.name());
            }
            QueryResult r = local.run(BoundQuery.bind(q, Map.of(), Vocab.DEFAULT_BASE).query());
            assertTrue(r.isSelect(), q.name());
        }
    }

    @Test
    void theEndpointGivesTheSameAnswersAsTheLocalDatabase() {
        for (CannedQuery q : CATALOGUE.all()) {
            BoundQuery b = BoundQuery.bind(q, Map.of(), Vocab.DEFAULT_BASE);
            assertEquals(rows(local.run(b.query())), rows(remote.run(b.query())), q.name());
        }
        // With a bound parameter in a sort key (reporting orders by STR(?to)) and in the projection.
        BoundQuery b = BoundQuery.bind(CATALOGUE.get("reporting"), params("to", "CCPCJ", "reporter", "UNODC-ED"), Vocab.DEFAULT_BASE);
        assertEquals(List.of("id:body/UNODC-ED | id:body/CCPCJ | 29 | 2020 | D001 | Operative paragraph 12"), rows(remote.run(b.query())));
    }

    @Test
    void theCommandRunsAgainstTheEndpointInEveryFormat() {
        CliTest.Run csv = CliTest.run("query", "mandates", "--endpoint", endpoint, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(csv.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_CSV);
        assertEquals(List.of("year", "document", "paragraph", "verb", "addressee", "text"), rs.getResultVars());
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        assertEquals(12, n);

        CliTest.Run json = CliTest.run("query", "reporting", "--endpoint", endpoint, "-f", "json");
        assertEquals(0, json.code(), json.err());
        ResultSet js = ResultSetMgr.read(new ByteArrayInputStream(json.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<String> sessions = new ArrayList<>();
        while (js.hasNext()) sessions.add(js.next().getLiteral("session").getLexicalForm());
        assertEquals(List.of("16", "28", "29"), sessions);

        CliTest.Run table = CliTest.run("query", "reporting", "--endpoint", endpoint);
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(List.of("reporter", "to", "session", "year", "document", "paragraph"), List.of(lines.get(0).split(" +")));
        assertTrue(lines.get(1).matches("[- ]+"), lines.get(1));
        assertEquals("id:body/SG        id:body/CCPCJ       16  2007  " + SeedsFixture.DOCUMENTS.get("D003") + "  Operative paragraph 20",
                lines.get(2), "IRIs are shown whole, numbers aligned right");
        assertEquals("(3 rows)", lines.get(lines.size() - 1));

        CliTest.Run dot = CliTest.run("query", "cites", "--endpoint", endpoint, "-f", "dot");
        assertEquals(0, dot.code(), dot.err());
        assertTrue(dot.out().startsWith("digraph resograph {"), dot.out());
        assertTrue(dot.out().strip().endsWith("}"), dot.out());
        assertTrue(dot.out().contains("\"id:document/E/CN.15/2019/L.3/Rev.1\" -> \"id:resolution/ga/73/154\" [label=\"recalling\"];"), dot.out());
        // One edge per row: no two rows share document, cited thing and clause kind.
        assertEquals(17, dot.out().lines().filter(l -> l.contains(" -> ")).count(), dot.out());

        CliTest.Run bad = CliTest.run("query", "mandates", "--endpoint", endpoint, "--param", "agency=UNODC");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("query mandates has no parameter 'agency'; its parameters: body"), bad.err());
    }

    // --- parameters are terms -----------------------------------------------------------

    @Test
    void aHostileValueIsBoundAsATermOrRefused() {
        long before = Txn.calculateRead(dsg, () -> dsg.stream().count());
        CannedQuery cites = CATALOGUE.get("cites");
        String hostile = "x> } ; DROP ALL ; SELECT * { ?s ?p ?o";
        BoundQuery b = BoundQuery.bind(cites, params("document", hostile), Vocab.DEFAULT_BASE);
        // A document symbol is a path: every character that is not safe in an IRI is escaped.
        assertEquals("https://w3id.org/resograph/id/document/x%3E%7D%3BDROPALL%3BSELECT*%7B%3Fs%3Fp%3Fo".replace("*", "%2A"),
                b.bindings().get("document").getURI());
        assertEquals(b.query(), org.apache.jena.query.QueryFactory.create(b.text()), "the bound query is what its text says");
        assertEquals(BoundQuery.bind(cites, Map.of(), Vocab.DEFAULT_BASE).query().getResultVars(), b.query().getResultVars());
        assertEquals(0, local.run(b.query()).rows().size());
        assertEquals(0, remote.run(b.query()).rows().size());

        // A literal with quotes stays one literal.
        BoundQuery lit = BoundQuery.bind(cites, params("document", "\"a\\\" } DROP ALL #\""), Vocab.DEFAULT_BASE);
        assertEquals("a\" } DROP ALL #", lit.bindings().get("document").getLiteralLexicalForm());
        assertEquals(0, local.run(lit.query()).rows().size());

        // Where no bare word is allowed, or the term does not parse, the value is refused.
        CannedQuery citedBy = CATALOGUE.get("cited-by");
        for (String v : List.of(hostile, "<x> } ; DROP", "<http://x/> } ; DROP ALL #>", "?s", "_:b", "resolution/", "nothing/here")) {
            QueryUsageException e = org.junit.jupiter.api.Assertions.assertThrows(QueryUsageException.class,
                    () -> BoundQuery.bind(citedBy, params("cited", v), Vocab.DEFAULT_BASE), v);
            assertTrue(e.getMessage().startsWith("parameter cited: "), e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertThrows(QueryUsageException.class,
                () -> BoundQuery.bind(CATALOGUE.get("mandates"), params("body", hostile), Vocab.DEFAULT_BASE));
        assertEquals(before, Txn.calculateRead(dsg, () -> dsg.stream().count()), "the database is unchanged");
    }

}
