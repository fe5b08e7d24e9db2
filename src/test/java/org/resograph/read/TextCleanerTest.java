package org.resograph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static CleanText clean(String text) {
        return TextCleaner.clean(SourceReader.ofString("t.txt", text));
    }

    private static List<String> blocks(CleanText c) {
        return c.blocks().stream().map(b -> Markers.plain(b.text().text())).collect(Collectors.toList());
    }

    @Test
    void markdownMarksAreDroppedAndMarkersLifted() {
        CleanText c = clean("1. *Also encourages* **Member States** to act, see [72/1](#),<sup>1</sup>\n\n<sup>1</sup> General Assembly resolution 72/1.\n");
        assertEquals(List.of("1. Also encourages Member States to act, see 72/1,"), blocks(c));
        Markers.Stripped s = Markers.strip(c.blocks().get(0).text());
        assertEquals("1", s.refs().get(0).label());
        assertEquals(1, c.notes().size());
        assertEquals("General Assembly resolution 72/1.", c.notes().get(0).text().text());
    }

    @Test
    void escapedAndBrokenSuperscriptsBecomeMarkers() {
        CleanText c = clean("Andorra and Peru: revised draft resolution\\*\n\n<sup>&</sup>lt;sup>2</sup> This paragraph is a note.\n\n<sup>\\*</sup> Issued without formal editing.\n");
        assertEquals("Andorra and Peru: revised draft resolution", blocks(c).get(0));
        assertEquals(List.of("2", "*"), c.notes().stream().map(Note::label).toList());
    }

    @Test
    void footnoteBlockInsideASentenceIsLiftedOut() {
        String text = "Recalling the Convention¹ and the Protocol to Prevent,\n\n¹ United Nations, Treaty Series, vol. 2225, No. 39574.\n\n2/5 V.19-03716\n\nSuppress and Punish Trafficking in Persons,\n";
        CleanText c = clean(text);
        assertEquals(List.of("Recalling the Convention and the Protocol to Prevent,", "Suppress and Punish Trafficking in Persons,"), blocks(c));
        assertTrue(c.blocks().get(1).afterBreak(), "the second block follows a footnote block and a page footer");
        assertEquals("United Nations, Treaty Series, vol. 2225, No. 39574.", c.notes().get(0).text().text());
    }

    @Test
    void pageFurnitureAndRunningHeadsAreDropped() {
        String text = "United Nations E/CN.15/2019/L.3/Rev.1\n\nRecalling its resolution 20/3,\n\nV.19-03716 3/5\n\nE/CN.15/2019/L.3/Rev.1\n\n*1903716*\n\nNoting the report,\n";
        assertEquals(List.of("United Nations E/CN.15/2019/L.3/Rev.1", "Recalling its resolution 20/3,", "Noting the report,"), blocks(clean(text)));
    }

    @Test
    void hyphensAtLineEndsAreResolvedByTheDocumentsOwnWords() {
        String text = "Combating traf-\nficking and long-term well-\nbeing; trafficking and well-being.\n";
        assertEquals("Combating trafficking and long-term well-being; trafficking and well-being.", blocks(clean(text)).get(0));
    }

    @Test
    void plainDigitMarkersCountOnlyWhereTheDocumentHasThatFootnote() {
        String text = "Recalling the Convention against Crime,1 and the 2030 Agenda, with G20 and COVID-19,\n\n"
                + "1 General Assembly resolution 55/25, annex I.\n\nNoting resolution 70/1,\n";
        CleanText c = clean(text);
        assertEquals(1, c.notes().size());
        assertEquals("1", c.notes().get(0).label());
        String first = Markers.plain(c.blocks().get(0).text().text());
        assertEquals("Recalling the Convention against Crime, and the 2030 Agenda, with G20 and COVID-19,", first);
    }

    @Test
    void aNumberAtALineStartIsNoFootnoteWithoutAMarker() {
        String text = "Recalling resolution 67/190 of 20 December\n2012 and article\n5 of the Protocol,\n";
        CleanText c = clean(text);
        assertTrue(c.notes().isEmpty());
        assertEquals("Recalling resolution 67/190 of 20 December 2012 and article 5 of the Protocol,",
                Markers.plain(c.blocks().get(0).text().text()).replace('\n', ' '));
    }

    @Test
    void sourceOffsetsPointBackIntoTheFile() {
        String text = "# **Title**\n\nRecalling *its* resolution 20/3,\n";
        CleanText c = clean(text);
        MappedText b = c.blocks().get(1).text();
        int i = b.text().indexOf("resolution");
        assertEquals(text.indexOf("resolution"), b.sourceOffset(i));
        assertTrue(c.blocks().get(0).heading());
        assertFalse(c.blocks().get(1).heading());
    }

    @Test
    void windowsLineEndsAndNonBreakingSpacesAreHandled() {
        CleanText c = clean("Recalling resolution 72/1 of 27\u00A0September 2017,\r\n\r\nNoting,\r\n");
        assertEquals(List.of("Recalling resolution 72/1 of 27 September 2017,", "Noting,"), blocks(c));
    }
}
