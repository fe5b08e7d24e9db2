package org.resograph.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Normalisation, the opening clause head, shingles, MinHash. */
class TextNormalizerTest {

    static String words(String text) {
        return String.join(" ", TextNormalizer.words(text).stream().map(TextNormalizer.Word::text).toList());
    }

    static String content(String text) {
        return String.join(" ", TextNormalizer.content(text).stream().map(TextNormalizer.Word::text).toList());
    }

    @Test
    void lowerCaseWithoutPunctuationNumbersOrAccents() {
        assertEquals("recalling its resolution of december on the cote divoire and the childrens fund",
                words("Recalling its resolution 74/174 of 18 December 2019, on the Côte d’Ivoire and the Children's Fund;"));
        assertEquals("cote", words("Côte"));
        assertEquals("a res", words("A/RES/70/1"));
    }

    @Test
    void printedNumberingAndMarkdownAreDropped() {
        assertEquals("urges member states", words("1. *Urges* Member States"));
        assertEquals("urges member states", words("- 17. Urges Member States"));
        assertEquals("member states", words("(a) Member States"));
        assertEquals("member states", words("(iv) Member States"));
        assertEquals("member states", words("• Member States"));
        assertEquals("in particular", words("In particular"));
    }

    @Test
    void footnoteMarkersAreDropped() {
        String clean = "the United Nations Convention against Transnational Organized Crime and the Protocol";
        assertEquals(words(clean), words("the United Nations Convention against Transnational Organized Crime¹⁰ and the Protocol"));
        assertEquals(words(clean), words("the United Nations Convention against Transnational Organized Crime<sup>3</sup> and the Protocol"));
        assertEquals(words(clean), words("the United Nations Convention against Transnational Organized Crime2 and the Protocol"));
    }

    @Test
    void hardWrapsAndHyphenationGiveTheSameWords() {
        String clean = "Preventing and combating technology-facilitated trafficking in persons and the well-being of children";
        String damaged = "Preventing and com-\nbating technology-\nfacilitated traf-\n  ficking in\npersons and the well-\r\nbeing of children";
        assertEquals(words(clean), words(damaged));
        assertEquals("wellbeing", words("well-being"));
        assertEquals("wellbeing", words("wellbeing"));
        // a suspended hyphen is not a line-end hyphen: "drug- and crime-related" keeps "drug"
        assertEquals("drug and crimerelated", words("drug- and crime-related"));
        assertEquals("short to mediumterm", words("short- to medium-term"));
        // a line-end hyphen whose line break was lost
        assertEquals("trafficking", words("traf- ficking"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Urges *Member* States";
        List<TextNormalizer.Word> w = TextNormalizer.words(text);
        assertEquals("Member", text.substring(w.get(1).start(), w.get(1).end()));
    }

    @Test
    void theOpeningClauseHeadIsLeftOut() {
        assertEquals("member states to ratify", content("Urges Member States to ratify"));
        assertEquals("member states to ratify", content("Also urges Member States to ratify"));
        assertEquals("member states to ratify", content("Requests also Member States to ratify"));
        assertEquals("member states to ratify", content("Calls upon Member States to ratify"));
        assertEquals("the report of the secretarygeneral", content("Takes note with appreciation of the report of the Secretary-General"));
        assertEquals("the importance of", content("Bearing in mind the importance of"));
        assertEquals("the importance of", content("Deeply concerned about the importance of"));
        assertEquals("the importance of", content("Aware of the importance of"));
        assertEquals("its resolution", content("Recalling its resolution 72/1"));
        // no head word: nothing is dropped
        assertEquals("member states should", content("Member States should"));
        assertEquals("the commission", content("The Commission"));
    }

    @Test
    void shinglesAreRunsOfKWords() {
        List<TextNormalizer.Word> w = TextNormalizer.words("one two three four five six seven");
        assertEquals(3, Shingles.sequence(w, 5).length);
        assertEquals(0, Shingles.sequence(TextNormalizer.words("one two three four"), 5).length);
        int[] a = Shingles.set(w, 5);
        int[] b = Shingles.set(TextNormalizer.words("ONE two, three (four) five six seven eight"), 5);
        assertEquals(3, Shingles.intersection(a, b));
        assertEquals(4, b.length);
        // repeats count once
        assertEquals(5, Shingles.set(TextNormalizer.words("a b c d e a b c d e"), 5).length);
        // word order matters
        assertEquals(0, Shingles.intersection(Shingles.set(TextNormalizer.words("a b c d e"), 5),
                Shingles.set(TextNormalizer.words("e d c b a"), 5)));
    }

    @Test
    void theFastPathGivesTheSameShinglesAsTheWords() {
        for (String text : List.of("Also urges Member States that have not yet done so to consider ratifying the Con-\nvention;",
                "1. *Takes note with appreciation of* the report<sup>2</sup> of the Secretary-General (A/78/123) on the Côte d’Ivoire",
                "Member States, well- being", "", "12 34")) {
            assertArrayEquals(Shingles.set(TextNormalizer.content(text), 5), Shingles.contentSet(text, 5), text);
            assertArrayEquals(Shingles.set(TextNormalizer.content(text), 2), Shingles.contentSet(text, 2), text);
        }
    }

    @Test
    void hashesAreFixed() {
        // The same words give the same shingle hashes and MinHash band keys in every run and JVM.
        int[] s = Shingles.set(TextNormalizer.words("the United Nations Convention against Transnational Organized Crime"), 5);
        int[] again = Shingles.set(TextNormalizer.words("The united nations convention against transnational organized crime."), 5);
        assertArrayEquals(s, again);
        MinHash m = new MinHash(64, 2, 42);
        assertArrayEquals(m.bandKeys(s), new MinHash(64, 2, 42).bandKeys(again));
        assertTrue(m.candidateProbability(0.5) > 0.99);
        assertTrue(m.candidateProbability(0.02) < 0.05);
    }

    @Test
    void minHashEstimatesJaccard() {
        // Two sets of 200 shingles sharing 100: J = 1/3. The share of equal signature values estimates it.
        int[] a = new int[200];
        int[] b = new int[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i * 7919;
            b[i] = (i + 100) * 7919;
        }
        a = Shingles.sortedDistinct(a);
        b = Shingles.sortedDistinct(b);
        MinHash m = new MinHash(256, 2, 7);
        long[] sa = m.signature(a);
        long[] sb = m.signature(b);
        int equal = 0;
        for (int i = 0; i < sa.length; i++) if (sa[i] == sb[i]) equal++;
        double estimate = equal / (double) sa.length;
        assertTrue(Math.abs(estimate - 1.0 / 3) < 0.07, "estimate " + estimate);
    }
}
