package org.resograph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.lexicon.EntityKind;

class LinkerTest {

    private static LinkedDocument doc(String acting, String body) {
        return TestData.convert("t.txt", acting + "\n\n" + body);
    }

    private static Set<String> resolutions(LinkedDocument d) {
        return d.citations().stream().filter(c -> c.target() instanceof Target.Resolution)
                .map(c -> ((Target.Resolution) c.target()).body() + " " + ((Target.Resolution) c.target()).number())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> of(LinkedDocument d, Class<? extends Target> kind) {
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : d.citations()) {
            Target t = c.target();
            if (!kind.isInstance(t)) continue;
            if (t instanceof Target.Treaty tr) out.add(tr.id() + (tr.article() == null ? "" : " art. " + tr.article() + (tr.paragraph() == null ? "" : "(" + tr.paragraph() + ")")));
            if (t instanceof Target.Instrument in) out.add(in.id());
            if (t instanceof Target.Document doc) out.add(doc.symbol());
            if (t instanceof Target.SdgTarget s) out.add(s.code());
        }
        return out;
    }

    private static Set<String> bodies(LinkedDocument d) {
        return d.mentions().stream().filter(m -> m.kind() == EntityKind.BODY || m.kind() == EntityKind.OFFICIAL)
                .map(Mention::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void resolutionsByBodyNumberFormAndContext() {
        LinkedDocument d = doc("The Commission on Crime Prevention and Criminal Justice,", """
                Recalling General Assembly resolutions 67/190 of 20 December 2012 and 68/192, its resolutions 20/3 and 26/4, Economic and Social Council resolution 2004/27 on the guidelines on justice, Security Council resolution 1325 (2000), and resolutions 217 A (III) and 57/270 B,

                Reiterating the adoption, by the General Assembly, of resolution 70/1 of 25 September 2015,

                Taking note of resolution 10/1 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime and of World Health Assembly resolution 72/8,

                1. Decides to remain seized of the matter.
                """);
        assertEquals(Set.of("GA 67/190", "GA 68/192", "CCPCJ 20/3", "CCPCJ 26/4", "ECOSOC 2004/27", "SC 1325", "GA 217 A (III)",
                "GA 57/270 B", "GA 70/1"), resolutions(d));
    }

    @Test
    void itsResolutionIsTheAgentsWhenTheClauseNamesOne() {
        LinkedDocument d = doc("The General Assembly,", """
                Recalling the political declaration adopted by the Human Rights Council in its resolution 42/22, and recalling its resolution 74/176,

                1. Requests the Special Rapporteur to report to the General Assembly and the Human Rights Council, consistent with its resolution 62/141.
                """);
        assertEquals(Set.of("HRC 42/22", "GA 74/176", "GA 62/141"), resolutions(d));
    }

    @Test
    void securityCouncilNumbersWithTheirYearAndNoSelfCitation() {
        LinkedDocument d = TestData.fixture("sc-layout.txt");
        assertEquals(Set.of("SC 2417", "SC 2573", "SC 2601"), resolutions(d));
    }

    @Test
    void treatiesByNameVolumeAnnexAndArticle() {
        LinkedDocument d = doc("The Economic and Social Council,", """
                Recalling the Convention on the Rights of the Child¹ and the Optional Protocol to that Convention on the sale of children,²

                Recalling also article 6, paragraphs 3 and 4, of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, and articles 24 and 25 of the United Nations Convention against Transnational Organized Crime,

                1. Urges Member States to ratify the Organized Crime Convention.

                ¹ United Nations, Treaty Series, vol. 1577, No. 27531.

                ² General Assembly resolution 54/263, annex II.
                """);
        assertEquals(Set.of("CRC", "OPSC", "TIP-PROTOCOL", "TIP-PROTOCOL art. 6(3)", "TIP-PROTOCOL art. 6(4)", "UNTOC", "UNTOC art. 24", "UNTOC art. 25"),
                of(d, Target.Treaty.class));
        assertTrue(resolutions(d).contains("GA 54/263"));
    }

    @Test
    void ibidFindsTheAntecedentOfItsKindNotTheNearestFootnote() {
        LinkedDocument d = TestData.fixture("ibid-after-unknown-citation.txt");
        // Footnote 4 ("Ibid., annex II") follows a document cited with an annex; its antecedent is 55/25 (rule 13).
        assertEquals(Set.of("UNTOC", "SOM-PROTOCOL", "TIP-PROTOCOL"), of(d, Target.Treaty.class));
        Citation tip = d.citations().stream().filter(c -> c.target().equals(new Target.Treaty("TIP-PROTOCOL", null, null))).findFirst().orElseThrow();
        assertEquals("footnote/4", tip.part().path());
        assertEquals("preamble/3", tip.clausePart().path());
        assertTrue(tip.resolvedFrom().startsWith("Ibid."), tip.resolvedFrom());
    }

    @Test
    void documentSymbolsOfTheUnsOwnSeries() {
        LinkedDocument d = doc("The General Assembly,", """
                Taking note of the report (A/73/123-S/2018/456) and of A/CONF. 203/18, chap. I, and E/2002/68/Add.1, and of WHA72.8,

                1. Decides to act.
                """);
        assertEquals(Set.of("A/73/123", "S/2018/456", "A/CONF.203/18", "E/2002/68/Add.1"), of(d, Target.Document.class));
    }

    @Test
    void sdgTargetsAndInstrumentsInsideTitles() {
        LinkedDocument d = doc("The General Assembly,", """
                Recalling targets 5.2, 8.7 and 16.2 of the Sustainable Development Goals, and its resolution 69/194, entitled “United Nations Model Strategies and Practical Measures on the Elimination of Violence against Children in the Field of Crime Prevention and Criminal Justice”,

                1. Decides to act.
                """);
        assertEquals(Set.of("5.2", "8.7", "16.2"), of(d, Target.SdgTarget.class));
        assertEquals(Set.of("MODEL-STRATEGIES-VAC"), of(d, Target.Instrument.class));
    }

    @Test
    void sameNamedInstrumentsAreToldApartByTheirResolution() {
        LinkedDocument d = doc("The General Assembly,", """
                Recalling the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons, adopted in its resolution 72/1,

                1. Decides to act.
                """);
        Set<String> in = of(d, Target.Instrument.class);
        assertTrue(in.contains("POLDEC-GPA-2017"), in.toString());
        assertFalse(in.contains("POLDEC-GPA-2021"), in.toString());
        assertTrue(in.contains("GPA-TIP"), "an instrument inside another instrument's name counts (rule 4)");
    }

    @Test
    void bodiesNestedQuotedPublishedAndTheBareUnitedNations() {
        LinkedDocument d = doc("The Commission on Crime Prevention and Criminal Justice,", """
                Noting the work of the Working Group on Trafficking in Persons of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime and of the “International Labour Organization Programme on Something”, and the rules and procedures of the United Nations and all relevant United Nations resolutions,¹

                1. Invites the United Nations to act.

                ¹ United Nations, Treaty Series, vol. 2225, No. 39574.
                """);
        Set<String> b = bodies(d);
        assertTrue(b.containsAll(List.of("WG-TIP", "COP-UNTOC")), b.toString());
        assertFalse(b.contains("ILO"), "names inside a quoted title do not count");
        assertEquals(1, d.mentions().stream().filter(m -> m.id().equals("UN-SYSTEM")).count(), "only the United Nations that is addressed");
    }

    @Test
    void distributedPluralNames() {
        LinkedDocument d = doc("The General Assembly,", """
                Noting the United Nations Office on Drugs and Crime and its Global Programmes on Trafficking in Persons and Violence Against Children and Cybercrime,

                1. Decides to act.
                """);
        assertTrue(bodies(d).containsAll(List.of("UNODC", "GP-THB", "GP-VAC", "GP-CYBERCRIME")), bodies(d).toString());
    }

    @Test
    void operativeClausesVerbsAddresseesMandatesReportingAndFunding() {
        LinkedDocument d = doc("The Commission on Crime Prevention and Criminal Justice,", """
                Recalling its resolution 20/3,

                1. Urges Member States that are parties to the Convention to act, calls for cooperation, and invites the United Nations Office on Drugs and Crime, within existing resources, to assist States;

                2. Also encourages the Government of Mali and other donors to contribute;

                3. Requests the Office to inform the Commission, at its twenty-eighth session, about the implementation of the present resolution;

                4. Welcomes the work of the Office;

                5. Reiterates its request to the Secretary-General to submit a report to the General Assembly at its seventy-fifth session.
                """);
        List<Clauses.Operative> ops = d.operative();
        assertEquals("urges", ops.get(0).verb());
        assertEquals(List.of("MEMBER-STATES"), ops.get(0).addressees());
        assertEquals(List.of("calls for", "invites"), ops.get(0).otherVerbs().stream().map(Clauses.VerbUse::lemma).toList());
        assertEquals("also", ops.get(1).modifier());
        assertEquals(List.of("MLI", "DONORS"), ops.get(1).addressees());
        assertEquals(List.of(), ops.get(3).addressees(), "welcomes addresses no one (rule 22)");
        assertEquals(List.of("SG"), ops.get(4).addressees());

        Set<String> mandates = d.mandates().stream().map(m -> m.paragraph() + " " + m.verb() + " " + m.addressee()).collect(Collectors.toSet());
        assertEquals(Set.of("1 invites UNODC", "3 requests UNODC", "5 reiterates SG"), mandates);
        Mandate first = d.mandates().stream().filter(m -> m.paragraph() == 1).findFirst().orElseThrow();
        assertEquals(List.of("existing-resources"), first.funding());

        Set<String> reporting = d.reporting().stream().map(r -> r.paragraph() + " " + r.reporter() + ">" + r.reportTo() + "@" + r.session() + "/" + r.year())
                .collect(Collectors.toSet());
        assertEquals(Set.of("3 UNODC>CCPCJ@28/2019", "5 SG>GA@75/2020"), reporting);
    }

    @Test
    void preambularPhrasesAndTheKindOfEachCitation() {
        LinkedDocument d = doc("The General Assembly,", """
                Deeply concerned at the situation,

                Taking note also of its resolution 70/1, and reaffirming its resolution 71/1,

                Welcoming the adoption of the 2030 Agenda for Sustainable Development,

                1. Decides to act.
                """);
        assertEquals(List.of("Deeply concerned", "Taking note also of", "Welcoming"), d.preamble().stream().map(Clauses.Preambular::phrase).toList());
        assertEquals("taking-note", kindOf(d, "70/1"));
        assertEquals("reaffirming", kindOf(d, "71/1"));
        Citation agenda = d.citations().stream().filter(c -> c.target().equals(new Target.Instrument("AGENDA-2030"))).findFirst().orElseThrow();
        assertEquals("welcoming", agenda.clauseKind());
    }

    private static String kindOf(LinkedDocument d, String number) {
        return d.citations().stream().filter(c -> c.target() instanceof Target.Resolution r && r.number().equals(number))
                .findFirst().orElseThrow().clauseKind();
    }

    @Test
    void headerFactsOfADraftInsideAResolution() {
        DocumentFacts f = TestData.fixture("ecosoc-recommends-draft.txt").facts();
        assertEquals("ECOSOC", f.organ());
        assertEquals("ECOSOC", f.body());
        assertEquals("GA", f.actingBody());
        assertEquals(List.of("CCPCJ", "ECOSOC"), f.recommendedBy());
        assertEquals("2024/99", f.resolutionNumber());
    }

    @Test
    void sponsorsByShortAndFormalNames() {
        LinkedDocument d = TestData.convert(TestData.SEEDS.resolve("004_48a48206d42da546.txt"));
        assertEquals(List.of("AND", "AUS", "HND", "MEX", "SAU", "PER", "PHL"), d.facts().sponsors());
        assertEquals("E/CN.15/2019/L.3", d.facts().revises());
    }
}
