package org.resograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.cli.Pipeline;
import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.rdf.QuadCollector;
import org.resograph.rdf.RdfMapper;
import org.resograph.rdf.Vocab;

/**
 * Names of States by year (former names and former States, from
 * {@code ontology/reference/additions/former-states.csv}), longest names first where one name
 * holds another, and Treaty Series volumes that hold several treaties.
 */
class StatesAndNamesTest {

    /** A GA draft of the given date with a sponsor line and a text. */
    private static LinkedDocument draft(String date, String sponsors, String body) {
        return TestData.convert("draft.txt", """
                United Nations

                A/C.3/99/L.1

                General Assembly

                Distr.: Limited
                %s

                Original: English

                Third Committee

                Agenda item 12

                Human rights questions

                %s: draft resolution

                A test text

                The General Assembly,

                %s
                """.formatted(date, sponsors, body));
    }

    private static Set<String> states(LinkedDocument d) {
        return d.mentions().stream().filter(m -> m.kind() == EntityKind.STATE).map(Mention::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Mention stateMention(LinkedDocument d, String printed) {
        String text = d.document().source().text();
        return d.mentions().stream().filter(m -> m.kind() == EntityKind.STATE && text.substring(m.start(), m.end()).equals(printed))
                .findFirst().orElseThrow(() -> new AssertionError("no State named \"" + printed + "\" in " + d.mentions()));
    }

    private static Set<String> of(LinkedDocument d, Class<? extends Target> kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : d.citations()) {
            if (c.target() instanceof Target.Treaty t && kind == Target.Treaty.class && t.article() == null) out.add(t.id());
            if (c.target() instanceof Target.Instrument i && kind == Target.Instrument.class) out.add(i.id());
        }
        return out;
    }

    private static Set<String> bodies(LinkedDocument d) {
        return d.mentions().stream().filter(m -> m.kind().isBodyLike() || m.kind() == EntityKind.GROUP).map(Mention::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // --- the reference data -------------------------------------------------------------------

    @Test
    void formerStatesAreStatesOfTheirOwnWithTheirNamesByYear() {
        Gazetteer g = Pipeline.load().gazetteer();
        for (String id : List.of("SUN", "CSK", "DDR", "YUG", "SCG", "YMD")) {
            Entity e = g.get(EntityKind.STATE, id);
            assertTrue(e != null && Gazetteer.FORMER_STATE.equals(e.type()), id + " is a former State");
        }
        assertEquals("Union of Soviet Socialist Republics", g.get(EntityKind.STATE, "SUN").label());
        // A current State keeps its id; its former names are not names of today.
        assertNull(g.get(EntityKind.STATE, "ZAR"));
        assertEquals("Eswatini", g.get(EntityKind.STATE, "SWZ").label());
    }

    // --- sponsors and mentions by year --------------------------------------------------------

    @Test
    void sponsorsOfA1985DraftAreTheStatesOf1985() {
        LinkedDocument d = TestData.fixture("ga-draft-1985-former-states.txt");
        assertEquals(List.of("MMR", "BLR", "CSK", "YMD", "DDR", "UKR", "SUN", "YUG", "COD"), d.facts().sponsors());
        // Every one of them is named by a dated name, as printed, in its years: no warning.
        assertEquals("Zaire", d.facts().sponsorName("COD").printed());
        assertEquals("Union of Soviet Socialist Republics", d.facts().sponsorName("SUN").printed());
        assertEquals("id/state/SUN/name/union-of-soviet-socialist-republics", d.facts().sponsorName("SUN").datedName());
        assertTrue(d.facts().sponsors().stream().allMatch(s -> d.facts().sponsorName(s).inYears()));
        assertTrue(d.warnings().stream().noneMatch(w -> w.contains("whose name it was")), d.warnings().toString());
        // In the text: Yugoslavia in 1985 is the SFRY; "the Government of Zaire" is addressed as the DRC.
        assertEquals(Set.of("COD", "CSK", "DDR", "YUG", "MMR"), states(d));
        assertEquals(List.of("COD", "MMR"), d.operative().get(0).addressees());
    }

    @Test
    void namesIn1995AreReadForThatYear() {
        LinkedDocument d = TestData.fixture("ga-draft-1995-former-names.txt");
        assertEquals(List.of("HRV", "SVN", "SWZ", "MKD"), d.facts().sponsors());
        assertEquals("former Yugoslav Republic of Macedonia", d.facts().sponsorName("MKD").printed());
        assertNull(d.facts().sponsorName("HRV"));
        // "Yugoslavia" in 1995 is the Federal Republic of Yugoslavia (SCG), the "former Yugoslavia" the SFRY.
        assertEquals("SCG", stateMention(d, "Yugoslavia").id());
        assertEquals("SCG", stateMention(d, "Federal Republic of Yugoslavia").id());
        assertEquals("SCG", stateMention(d, "Serbia and Montenegro").id());
        assertEquals("YUG", stateMention(d, "former Yugoslavia").id());
        Mention zaire = stateMention(d, "Zaire");
        assertEquals("COD", zaire.id());
        assertEquals("1971-1997", zaire.name().years());
        assertTrue(zaire.name().inYears());
        // Serbia and Montenegro inside the longer name are not States of their own here.
        assertFalse(states(d).contains("SRB") || states(d).contains("MNE"), states(d).toString());
        assertEquals(List.of("COD"), d.operative().get(1).addressees());
        assertTrue(d.warnings().stream().noneMatch(w -> w.contains("whose name it was")), d.warnings().toString());
    }

    @Test
    void aFormerNameOutsideItsYearsStillResolvesWithAWarning() {
        LinkedDocument d = draft("3 November 2023", "Swaziland, Turkey and Zaire", """
                Welcoming the cooperation of Swaziland with the Office,

                1. Decides to remain seized of the matter.
                """);
        assertEquals(List.of("SWZ", "TUR", "COD"), d.facts().sponsors());
        NameUse swz = d.facts().sponsorName("SWZ");
        assertEquals("Swaziland", swz.printed());
        assertFalse(swz.inYears());
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("sponsor \"Swaziland\" is read as Eswatini (SWZ)")
                && w.contains("until 2018") && w.contains("2023")), d.warnings().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("sponsor \"Turkey\"")), d.warnings().toString());
        Mention m = stateMention(d, "Swaziland");
        assertEquals("SWZ", m.id());
        assertFalse(m.name().inYears());
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("\"Swaziland\" (preamble/1) is read as Eswatini")), d.warnings().toString());
    }

    @Test
    void formerStatesInLaterTextsAreHistoryAndTheirUnionsComeApart() {
        LinkedDocument d = draft("3 November 2022", "Serbia and Montenegro", """
                Recalling the dissolution of the former Soviet Union and of Czechoslovakia, and the succession of States in respect of treaties concluded by the Union of Soviet Socialist Republics,

                Noting the cooperation between Serbia and Montenegro on missing persons,

                1. Decides to remain seized of the matter.
                """);
        // After 2006 "Serbia and Montenegro" names two States.
        assertEquals(List.of("SRB", "MNE"), d.facts().sponsors());
        assertTrue(states(d).containsAll(Set.of("SUN", "CSK", "SRB", "MNE")), states(d).toString());
        assertFalse(states(d).contains("SCG"));
        // The USSR named after 1991 is recorded as outside its years, without a warning: the text speaks of the past.
        assertFalse(stateMention(d, "Union of Soviet Socialist Republics").name().inYears());
        assertTrue(stateMention(d, "former Soviet Union").name().inYears());
        assertTrue(d.warnings().stream().noneMatch(w -> w.contains("whose name it was")), d.warnings().toString());
    }

    @Test
    void theSameWordsNameDifferentStatesInDifferentYears() {
        String body = """
                Noting the statement of Yugoslavia,

                1. Decides to remain seized of the matter.
                """;
        assertEquals(Set.of("YUG"), states(draft("1 October 1980", "Egypt", body)));
        assertEquals(Set.of("SCG"), states(draft("1 October 2001", "Egypt", body)));
        // Outside both periods the nearest wins (the FRY's name ended in 2003); a text of no known year takes the most recent name.
        assertEquals(Set.of("SCG"), states(draft("1 October 2010", "Egypt", body)));
        LinkedDocument undated = TestData.convert("t.txt", "The General Assembly,\n\n" + body);
        assertNull(undated.facts().year());
        assertEquals(Set.of("SCG"), states(undated));
    }

    @Test
    void datedNamesAreInTheGraphWithTheNameAsPrinted() {
        LinkedDocument d = draft("3 November 2022", "Swaziland", """
                Welcoming the cooperation of Zaire with the Office,

                1. Decides to remain seized of the matter.
                """);
        QuadCollector c = new QuadCollector();
        new RdfMapper(Vocab.DEFAULT_BASE, Pipeline.load().gazetteer(), "test").map(d, c);
        Graph g = GraphFactory.createDefaultGraph();
        c.quads().forEach(q -> g.add(q.asTriple()));
        Node printed = NodeFactory.createURI(Vocab.RG + "nameAsPrinted");
        Node used = NodeFactory.createURI(Vocab.RG + "nameUsed");
        Node within = NodeFactory.createURI(Vocab.RG + "withinNameYears");
        Node sponsorship = NodeFactory.createURI(Vocab.DEFAULT_BASE + "id/document/A/C.3/99/L.1/sponsorship/1");
        assertTrue(g.contains(sponsorship, printed, NodeFactory.createLiteralString("Swaziland")));
        assertTrue(g.contains(sponsorship, used, NodeFactory.createURI(Vocab.DEFAULT_BASE + "id/state/SWZ/name/swaziland")));
        assertTrue(g.contains(sponsorship, within, NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        Node use = NodeFactory.createURI(Vocab.DEFAULT_BASE + "id/document/A/C.3/99/L.1/state-name/1");
        assertTrue(g.contains(use, NodeFactory.createURI(Vocab.RG + "namedState"), NodeFactory.createURI(Vocab.DEFAULT_BASE + "id/state/COD")));
        assertTrue(g.contains(use, printed, NodeFactory.createLiteralString("Zaire")));
    }

    // --- longest name first ---------------------------------------------------------------------

    @Test
    void theLongestNameWinsWhereOneNameHoldsAnother() {
        LinkedDocument d = TestData.convert("t.txt", """
                The General Assembly,

                Welcoming the cooperation of the Commonwealth of Independent States and of the Commonwealth,

                Recalling the African Charter on Human and Peoples' Rights, the African Charter on the Rights and Welfare of the Child and the Charter,

                1. Invites the Commonwealth of Independent States and the African Commission on Human and Peoples' Rights to continue their work.
                """);
        assertTrue(bodies(d).containsAll(Set.of("CIS", "COMMONWEALTH", "ACHPR")), bodies(d).toString());
        assertEquals(Set.of("AFRICAN-CHARTER", "ACRWC", "UN-CHARTER"), of(d, Target.Treaty.class));
        // "the Commonwealth" is cited once on its own; inside the longer names it is not.
        String text = d.document().source().text();
        List<String> commonwealth = d.mentions().stream().filter(m -> m.id().equals("COMMONWEALTH"))
                .map(m -> text.substring(m.start(), m.end())).toList();
        assertEquals(List.of("Commonwealth"), commonwealth);
        List<String> charter = d.citations().stream().filter(c -> c.target().equals(new Target.Treaty("UN-CHARTER", null, null)))
                .map(Citation::citedAs).toList();
        assertEquals(List.of("Charter"), charter);
        assertEquals(List.of("CIS", "ACHPR"), d.operative().get(0).addressees());
    }

    // --- Treaty Series volumes that hold several treaties --------------------------------------

    @Test
    void aVolumeOfSeveralTreatiesIsResolvedByVolumeAndNumberTogether() {
        LinkedDocument d = TestData.convert("t.txt", """
                The General Assembly,

                Recalling the Convention on the prohibition of bacteriological weapons,¹ the Convention on the crime of apartheid² and the Minimum Age Convention,³

                Recalling also the two Protocols Additional to the Geneva Conventions of 12 August 1949,⁴

                1. Decides to remain seized of the matter.

                ¹ United Nations, Treaty Series, vol. 1015, No. 14860.

                ² Ibid., vol. 1015, No. 14861.

                ³ Ibid., vol. 1015, No. 14862.

                ⁴ Ibid., vol. 1125, Nos. 17512 and 17513.
                """);
        assertEquals(Set.of("BWC", "APARTHEID-CONVENTION", "ILO-C138", "AP-I", "AP-II"), of(d, Target.Treaty.class));
        // Each footnote gives the treaty of its own number, not every treaty of the volume.
        assertEquals(Set.of("BWC"), treatiesIn(d, "footnote/1"));
        assertEquals(Set.of("ILO-C138"), treatiesIn(d, "footnote/3"));
        assertEquals(Set.of("AP-I", "AP-II"), treatiesIn(d, "footnote/4"));
    }

    @Test
    void aVolumeWithoutANumberGivesEveryTreatyInIt() {
        LinkedDocument d = TestData.convert("t.txt", """
                The General Assembly,

                Recalling the Additional Protocols,¹

                1. Decides to remain seized of the matter.

                ¹ United Nations, Treaty Series, vol. 1125, No. 17513; and vol. 75.
                """);
        assertEquals(Set.of("AP-II", "GC-I", "GC-II", "GC-III", "GC-IV"), treatiesIn(d, "footnote/1"));
    }

    private static Set<String> treatiesIn(LinkedDocument d, String part) {
        return d.citations().stream().filter(c -> c.part().path().equals(part) && c.target() instanceof Target.Treaty)
                .map(c -> ((Target.Treaty) c.target()).id()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
