package org.resograph.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.resograph.cli.Pipeline;
import org.resograph.read.InputProblem;
import org.resograph.read.SourceReader;
import org.resograph.read.TextCleaner;

class DocumentParserTest {

    private static Document parse(String text) throws InputProblem {
        Pipeline p = Pipeline.load();
        return new DocumentParser(p.lexicon(), p.gazetteer()).parse(TextCleaner.clean(SourceReader.ofString("t.txt", text)));
    }

    private static final String DRAFT = """
            Economic and Social Council

            Distr.: Limited
            13 April 2018

            Original: English

            Commission on Crime Prevention and Criminal Justice
            Twenty-seventh session
            Vienna, 14–18 May 2018
            Item 6 of the provisional agenda*
            International cooperation in criminal matters

            Chile, the Republic of Korea and
            Uruguay: revised draft resolution

            Protecting victims of crime

            The Commission on Crime Prevention and Criminal Justice,

            Recalling its resolution 20/3,

            1. Requests the Office to report;

            * E/CN.15/2018/1.
            """;

    @Test
    void draftHeaderWithWrappedSponsorLine() throws Exception {
        Header h = parse(DRAFT).header();
        assertEquals("Limited", h.distribution());
        assertEquals(LocalDate.of(2018, 4, 13), h.issued());
        assertEquals("Economic and Social Council", h.organLine());
        assertEquals("Commission on Crime Prevention and Criminal Justice", h.bodyLine());
        assertEquals(27, h.session());
        assertEquals("Vienna", h.sessionPlace());
        assertEquals(LocalDate.of(2018, 5, 14), h.sessionStart());
        assertEquals(LocalDate.of(2018, 5, 18), h.sessionEnd());
        assertEquals("6", h.agendaItem());
        assertEquals("International cooperation in criminal matters", h.agendaTitle());
        assertEquals("Chile, the Republic of Korea and Uruguay", h.sponsorText());
        assertEquals("revised draft resolution", h.documentType());
        assertEquals("Protecting victims of crime", h.title());
    }

    @Test
    void fieldsRunTogetherOnOneLineAndATitleCutShortOnTheAgendaLine() throws Exception {
        String text = """
                United Nations E/CN.15/2019/L.3/Rev.1

                Distr.: Limited 24 May 2019

                ## **Commission on Crime Prevention and Criminal Justice**

                Twenty-eighth session Vienna, 20–24 May 2019 Agenda item 8 World crime trends and emergi

                World crime trends and emerging issues

                Peru: draft resolution

                ## Title of the draft

                The General Assembly

                Recognizing the need,

                1. Urges Member States to act.
                """;
        Header h = parse(text).header();
        assertEquals("E/CN.15/2019/L.3/Rev.1", h.symbol());
        assertEquals(LocalDate.of(2019, 5, 24), h.issued());
        assertEquals(28, h.session());
        assertEquals("8", h.agendaItem());
        assertEquals("World crime trends and emerging issues", h.agendaTitle());
        assertEquals("Title of the draft", h.title());
    }

    @Test
    void adoptedGeneralAssemblyLayout() throws Exception {
        Document d = parse(org.resograph.TestData.read(org.resograph.TestData.FIXTURES.resolve("ga-adopted-layout.txt")));
        Header h = d.header();
        assertEquals("A/RES/77/999", h.symbol());
        assertEquals("resolution", h.documentType());
        assertEquals(LocalDate.of(2022, 12, 15), h.adopted());
        assertEquals("on the report of the Third Committee (A/77/471, para. 14)", h.adoptionContext());
        assertEquals("77/999", h.resolutionNumber());
        assertEquals("Strengthening cooperation against the smuggling of migrants", h.title());
        assertEquals(3, d.preamble().size());
        assertEquals(List.of(1, 2, 3), d.operative().stream().map(Paragraph::number).toList());
        assertTrue(d.annex().isEmpty(), "the closing lines are no paragraphs");
    }

    @Test
    void securityCouncilLayoutHasNoTitle() throws Exception {
        Document d = parse(org.resograph.TestData.read(org.resograph.TestData.FIXTURES.resolve("sc-layout.txt")));
        assertEquals("S/RES/2999 (2024)", d.header().symbol());
        assertEquals("2999", d.header().resolutionNumber());
        assertEquals(LocalDate.of(2024, 5, 3), d.header().adopted());
        assertNull(d.header().title());
        assertEquals("The Security Council,", d.actingLine());
        assertEquals(2, d.preamble().size());
        assertEquals(3, d.operative().size());
    }

    @Test
    void voteBlockAfterTheTextIsNotOperative() throws Exception {
        Document d = parse(org.resograph.TestData.read(org.resograph.TestData.FIXTURES.resolve("hrc-votes.txt")));
        assertEquals("Human Rights Council", d.header().bodyLine());
        assertEquals(LocalDate.of(2025, 2, 24), d.header().sessionStart());
        assertEquals(2, d.operative().size());
        assertTrue(d.annex().isEmpty());
    }

    @Test
    void draftInsideAResolutionSpeaksForTheAssembly() throws Exception {
        Document d = parse(org.resograph.TestData.read(org.resograph.TestData.FIXTURES.resolve("ecosoc-recommends-draft.txt")));
        assertEquals("The General Assembly,", d.actingLine());
        assertEquals(1, d.recommendations().size());
        assertTrue(d.recommendations().get(0).startsWith("The Economic and Social Council Recommends to the General Assembly"));
        assertEquals(2, d.preamble().size());
        assertEquals(2, d.operative().size());
    }

    @Test
    void declarationParagraphsAreNotOperative() throws Exception {
        Document d = parse(org.resograph.TestData.read(org.resograph.TestData.FIXTURES.resolve("declaration-adopted.txt")));
        assertEquals(1, d.operative().size(), "only the adopting sentence");
        assertNull(d.operative().get(0).number());
        List<Integer> annexNumbers = d.annex().stream().filter(p -> p.kind() == ParagraphKind.ANNEX).map(Paragraph::number).toList();
        assertEquals(List.of(1, 2), annexNumbers.subList(annexNumbers.size() - 2, annexNumbers.size()));
    }

    @Test
    void subParagraphsNestByTheKindOfTheirLabels() throws Exception {
        String text = """
                The General Assembly,

                1. Invites Member States, inter alia:

                (a) To fight exploitation;

                (b) To raise awareness of:

                (i) The needs of victims;

                (ii) Their role;

                • a bullet under (ii);

                (c) To assist victims;

                2. Requests the Secretary-General to report.
                """;
        Document d = parse(text);
        Paragraph p1 = d.operative().get(0);
        assertEquals(List.of("a", "b", "c"), p1.children().stream().map(Paragraph::label).toList());
        Paragraph b = p1.children().get(1);
        assertEquals(List.of("i", "ii"), b.children().stream().map(Paragraph::label).toList());
        assertEquals(List.of("•"), b.children().get(1).children().stream().map(Paragraph::label).toList());
    }

    @Test
    void letterIAfterHIsALetter() throws Exception {
        StringBuilder t = new StringBuilder("The General Assembly,\n\n1. Decides:\n\n");
        for (char c = 'a'; c <= 'j'; c++) t.append('(').append(c).append(") Item ").append(c).append(";\n\n");
        Paragraph p = parse(t.toString()).operative().get(0);
        assertEquals(10, p.children().size());
        assertEquals("i", p.children().get(8).label());
    }

    @Test
    void numberedListInsideAParagraphStaysInIt() throws Exception {
        String text = """
                The Economic and Social Council,

                1. Approves the following provisional agenda:

                1. Opening of the session.

                2. Adoption of the report.

                2. Requests the Secretary-General to act.
                """;
        Document d = parse(text);
        assertEquals(2, d.operative().size());
        assertEquals(List.of("1", "2"), d.operative().get(0).children().stream().map(Paragraph::label).toList());
    }

    @Test
    void hardWrappedParagraphsWithoutBlankLinesAreRebuilt() throws Exception {
        String text = """
                The General Assembly,
                Recalling its resolution 70/1 of 25 September 2015, entitled
                "Transforming our world",
                Deeply concerned at the situation,
                1. Urges Member States to act, and
                requests the Secretary-General to report;
                2. Decides to remain seized of the matter.
                """;
        Document d = parse(text);
        assertEquals(2, d.preamble().size());
        assertEquals(2, d.operative().size());
        assertTrue(d.operative().get(0).text().text().endsWith("requests the Secretary-General to report;"));
    }

    @Test
    void textWithoutStructureIsRefused() {
        InputProblem p = assertThrows(InputProblem.class, () -> parse("Shopping list\n\nMilk and bread.\n"));
        assertTrue(p.getMessage().startsWith("t.txt: no resolution structure"), p.getMessage());
    }

    @Test
    void truncatedTextGivesAWarning() throws Exception {
        Document d = parse("The General Assembly,\n\nRecalling its resolution 70/1,\n");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("truncated")), d.warnings().toString());
    }
}
