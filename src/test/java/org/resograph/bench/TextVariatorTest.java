package org.resograph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.summary.Summary;

/**
 * The converter reads damaged copies of the seeds (hard wraps with and without blank lines,
 * hyphenation, page numbers, job numbers and running heads, footnote blocks moved into the
 * middle of sentences, plain-digit and HTML footnote markers, Markdown emphasis, Windows line
 * ends) as it reads the clean seeds: every field the summary scores comes out the same.
 */
class TextVariatorTest {

    private static final List<String> COMPARED = List.of("symbol", "revises", "documentType", "date", "distribution", "organ",
            "body", "session", "sessionPlace", "sessionStart", "sessionEnd", "agendaItem", "agendaTitle", "sponsors", "title",
            "actingBody", "recommendedBy", "preamble", "operative", "citedResolutions", "citedDocuments", "treaties",
            "treatyArticles", "instruments", "sdgTargets", "bodies", "mandates", "reporting");

    @Test
    void damagedCopiesOfTheSeedsReadLikeTheSeeds() {
        int copies = 0;
        for (Path seed : TestData.seeds()) {
            String name = seed.getFileName().toString();
            String clean = TestData.read(seed);
            JsonObject expected = Summary.object(TestData.convert(name, clean));
            for (long v = 0; v < 12; v++) {
                String damaged = TextVariator.vary(clean, v * 31 + name.hashCode());
                JsonObject got = Summary.object(TestData.convert(name, damaged));
                for (String field : COMPARED) {
                    JsonElement e = expected.get(field);
                    JsonElement g = got.get(field);
                    if (field.equals("preamble") || field.equals("operative")) {
                        assertEquals(e.getAsJsonArray().size(), g.getAsJsonArray().size(), name + " copy " + v + " " + field + " count");
                    }
                    assertEquals(e, g, name + " copy " + v + " " + field);
                }
                copies++;
            }
        }
        assertEquals(60, copies);
    }

    @Test
    void damageFunctionsDoWhatTheySay() {
        String text = "Recalling the Convention against Crime,¹ and the Protocol against the Smuggling of Migrants,²\n\n¹ Note one.\n\n² Note two.\n";
        assertTrue(TextVariator.plainDigitMarkers(text).contains("Crime,1 and"));
        assertTrue(TextVariator.supMarkers(text).contains("<sup>2</sup> Note two."));
        String wrapped = TextVariator.hardWrap(text, 30, false, true, new Random(3));
        for (String line : wrapped.split("\n")) assertTrue(line.length() <= 31, line);
        String paged = TextVariator.paginate(TextVariator.hardWrap(text, 30, true, false, new Random(3)), 2, "V.19-03716", false);
        assertTrue(paged.contains("V.19-03716"));
        assertNotEquals(text, TextVariator.vary(text, 5));
        assertEquals(TextVariator.vary(text, 5), TextVariator.vary(text, 5), "the same seed gives the same copy");
    }
}
