package org.resograph.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.bench.TextVariator;
import org.resograph.cli.Pipeline;
import org.resograph.rdf.QuadCollector;
import org.resograph.rdf.RdfMapper;
import org.resograph.rdf.Vocab;
import org.resograph.store.SharedLanguageStore;

/** Shared language on real text: the seeds, damaged copies, and the development corpus when it is there. */
class SharedLanguageFinderTest {

    static final String DOC = Vocab.DEFAULT_BASE + "id/document/";
    /** Belarus, 13 April 2018, and Colombia and Philippines (revised), 17 May 2018: operative paragraph 1 of each. */
    static final String BELARUS_2018 = DOC + "unsymbolled/ccpcj/27/2018-04-13/preventing-and-combating-technology-facilitated-trafficking-in-persons";
    static final String COLOMBIA_2018 = DOC + "unsymbolled/ccpcj/27/2018-05-17/strengthening-measures-against-trafficking-in-persons";

    /** The paragraphs of some texts, read as the load reads them: converted to RDF, then queried. */
    static List<Passage> paragraphs(List<Path> texts) {
        RdfMapper mapper = new RdfMapper(Vocab.DEFAULT_BASE, Pipeline.load().gazetteer(), "test");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path p : texts) {
            QuadCollector c = new QuadCollector();
            mapper.map(TestData.convert(p), c);
            org.apache.jena.system.Txn.executeWrite(dsg, () -> c.quads().forEach(dsg::add));
        }
        return SharedLanguageStore.paragraphs(dsg);
    }

    static SharedLanguageFinder.Match find(List<SharedLanguageFinder.Match> matches, String earlier, String later) {
        for (SharedLanguageFinder.Match m : matches) {
            if (m.earlier().id().equals(earlier) && m.later().id().equals(later)) return m;
        }
        return null;
    }

    @Test
    void theTwo2018DraftsShareTheirParagraphOnRatifyingTheConventionAndItsProtocol() {
        List<Passage> seeds = paragraphs(TestData.seeds());
        assertTrue(seeds.size() > 150, "paragraphs: " + seeds.size());
        List<SharedLanguageFinder.Match> matches = new SharedLanguageFinder().find(seeds);
        SharedLanguageFinder.Match m = find(matches, BELARUS_2018 + "/operative/1", COLOMBIA_2018 + "/operative/1");
        assertTrue(m != null, "not found; found: " + matches);
        assertEquals("2018-04-13", m.earlier().date());
        assertEquals("2018-05-17", m.later().date());
        assertTrue(m.containment() >= 0.85 && m.containment() <= 0.97, "containment " + m.containment());
        assertTrue(m.jaccard() >= 0.75, "jaccard " + m.jaccard());
        assertTrue(m.sharedText().startsWith("Member States that have not yet done so to consider ratifying or acceding to"), m.sharedText());
        assertTrue(m.sharedWords() >= 60, "shared words " + m.sharedWords());
        // The 2019 draft's "Calls upon those States that have not done so to consider ratifying or acceding to" the same
        // instruments shares less of its wording, but enough.
        SharedLanguageFinder.Match later = find(matches, BELARUS_2018 + "/operative/1", DOC + "E/CN.15/2019/L.3/Rev.1/operative/17");
        assertTrue(later != null && later.containment() >= 0.5 && later.containment() < 0.8, String.valueOf(later));
        // few pairs on five texts, and only real ones
        assertTrue(matches.size() >= 5 && matches.size() <= 30, "pairs: " + matches.size());
    }

    @Test
    void noPairWithinOneDocumentAndEarlierComesFirst() {
        List<SharedLanguageFinder.Match> matches = new SharedLanguageFinder().find(paragraphs(TestData.seeds()));
        for (SharedLanguageFinder.Match m : matches) {
            assertNotEquals(m.earlier().document(), m.later().document(), m.toString());
            assertTrue(Passage.ORDER.compare(m.earlier(), m.later()) < 0, m.toString());
            assertTrue(m.containment() >= 0.5 && m.containment() <= 1 && m.jaccard() >= 0.2, m.toString());
        }
        // a document repeated under another name is all shared language with its original, within itself nothing
        List<Passage> twice = new ArrayList<>();
        for (Passage p : paragraphs(List.of(TestData.seeds().get(1)))) {
            twice.add(p);
            twice.add(new Passage(p.id().replace("/unsymbolled/", "/copy/"), p.document() + "/copy", "2020-01-01", p.text()));
        }
        List<SharedLanguageFinder.Match> copies = new SharedLanguageFinder().find(twice);
        int whole = 0;
        for (SharedLanguageFinder.Match m : copies) {
            assertTrue(m.earlier().id().contains("/unsymbolled/") && m.later().id().contains("/copy/"), m.toString());
            if (m.earlier().id().replace("/unsymbolled/", "/copy/").equals(m.later().id())) {
                assertEquals(1.0, m.containment());
                whole++;
            }
        }
        long comparable = twice.stream().filter(p -> p.id().contains("/copy/")
                && Shingles.set(TextNormalizer.content(p.text()), 5).length >= SharedLanguageFinder.Options.DEFAULT.minShingles()).count();
        assertTrue(comparable >= 20, "paragraphs: " + comparable);
        assertEquals(comparable, whole);
    }

    @Test
    void theOutputIsTheSameWhateverTheInputOrderAndTheThreads() {
        List<Passage> seeds = paragraphs(TestData.seeds());
        List<SharedLanguageFinder.Match> first = new SharedLanguageFinder(SharedLanguageFinder.Options.DEFAULT.withThreads(1)).find(seeds);
        List<Passage> shuffled = new ArrayList<>(seeds);
        Collections.shuffle(shuffled, new Random(7));
        List<SharedLanguageFinder.Match> second = new SharedLanguageFinder(SharedLanguageFinder.Options.DEFAULT.withThreads(3)).find(shuffled);
        assertEquals(first, second);
        // sorted by the earlier paragraph, then the later one
        for (int i = 1; i < first.size(); i++) {
            SharedLanguageFinder.Match a = first.get(i - 1);
            SharedLanguageFinder.Match b = first.get(i);
            int c = Passage.ORDER.compare(a.earlier(), b.earlier());
            assertTrue(c < 0 || c == 0 && Passage.ORDER.compare(a.later(), b.later()) < 0);
        }
    }

    @Test
    void aDamagedCopyOfAParagraphStillMatches() {
        Passage original = paragraphs(List.of(TestData.seeds().get(1))).stream()
                .filter(p -> p.id().equals(BELARUS_2018 + "/operative/1")).findFirst().orElseThrow();
        for (int seed = 0; seed < 5; seed++) {
            // as a PDF converter prints it: the number, emphasis, superscript markers, lines of 38 characters, hyphens
            String printed = "1. " + original.text().replaceFirst("^Urges", "*Urges*")
                    .replace("Organized Crime and", "Organized Crime<sup>1</sup> and").replace("Crime, taking", "Crime,² taking");
            String damaged = TextVariator.hardWrap(printed, 30 + 4 * seed, false, true, new Random(seed))
                    .replace("consideration", "consid-\neration").replace("Trafficking", "Traf- \n ficking");
            assertTrue(damaged.contains("-\n"), damaged);
            Passage copy = new Passage("urn:x:damaged/" + seed, "urn:x:damaged", "2030-01-01", damaged);
            List<SharedLanguageFinder.Match> m = new SharedLanguageFinder().find(List.of(original, copy));
            assertEquals(1, m.size(), damaged);
            assertEquals(1.0, m.get(0).containment(), damaged);
            assertEquals(original, m.get(0).earlier());
        }
    }

    @Test
    void anAddedModifierAndAQualifyingClauseStillMatch() {
        Passage a = new Passage("urn:x:a/1", "urn:x:a", "2015-01-01",
                "Urges Member States to ratify the United Nations Convention against Transnational Organized Crime and the Protocols thereto;");
        Passage b = new Passage("urn:x:b/1", "urn:x:b", "2016-01-01",
                "Also urges Member States that have not yet done so to ratify the United Nations Convention against Transnational "
                        + "Organized Crime and the Protocols thereto;");
        Passage unrelated = new Passage("urn:x:c/1", "urn:x:c", "2017-01-01",
                "Requests the Secretary-General to report to the General Assembly at its eightieth session on the implementation "
                        + "of the present resolution;");
        List<SharedLanguageFinder.Match> m = new SharedLanguageFinder().find(List.of(unrelated, b, a));
        assertEquals(1, m.size(), m.toString());
        assertEquals(a, m.get(0).earlier());
        assertEquals(b, m.get(0).later());
        assertTrue(m.get(0).containment() >= 0.75, m.toString());
        assertEquals("to ratify the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
                m.get(0).sharedText());
    }

    @Test
    void shortParagraphsAndSmallOverlapsAreNotPairs() {
        Passage a = new Passage("urn:x:a/1", "urn:x:a", null, "Decides to remain seized of the matter.");
        Passage b = new Passage("urn:x:b/1", "urn:x:b", null, "Decides to remain seized of the matter.");
        Passage c = new Passage("urn:x:c/1", "urn:x:c", null,
                "Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance to Member States "
                        + "in the field of cybercrime, upon request;");
        Passage d = new Passage("urn:x:d/1", "urn:x:d", null,
                "Encourages the United Nations Office on Drugs and Crime to strengthen its cooperation with regional organizations "
                        + "on the protection of witnesses;");
        assertEquals(List.of(), new SharedLanguageFinder().find(List.of(a, b, c, d)));
    }

    @Test
    void boilerplateInManyDocumentsIsLinkedToItsNearestOccurrences() {
        // One formula in 12 documents, one year apart: with buckets of at most 4 paragraphs and a
        // window of 2, each occurrence is paired with the next two (not all 66 pairs), the same
        // pairs on any number of threads.
        String formula = "Invites Member States and other donors to provide extrabudgetary resources for the purposes of the "
                + "present resolution, in accordance with the rules and procedures of the United Nations;";
        List<Passage> docs = new ArrayList<>();
        for (int y = 0; y < 12; y++) docs.add(new Passage("urn:x:" + y + "/p/9", "urn:x:" + y, (2000 + y) + "-06-01", formula));
        SharedLanguageFinder.Options small = SharedLanguageFinder.Options.DEFAULT.withBuckets(4, 2);
        List<SharedLanguageFinder.Match> m = new SharedLanguageFinder(small.withThreads(1)).find(docs);
        Collections.shuffle(docs, new Random(3));
        assertEquals(m, new SharedLanguageFinder(small.withThreads(2)).find(docs));
        assertEquals(11 + 10, m.size(), m.toString());
        for (SharedLanguageFinder.Match x : m) {
            int a = Integer.parseInt(x.earlier().date().substring(0, 4));
            int b = Integer.parseInt(x.later().date().substring(0, 4));
            assertTrue(b - a == 1 || b - a == 2, x.toString());
        }
        assertEquals(66, new SharedLanguageFinder().find(docs).size());
    }

    /** The 61 resolutions of the development corpus, with the seeds: counts, a known pair, recall against all pairs. */
    @Test
    void theDevelopmentCorpus() throws Exception {
        Path texts = TestData.SHARED.resolve("corpus/texts");
        assumeTrue(Files.isDirectory(texts), "../shared/corpus/texts is absent: corpus check skipped");
        List<Path> files = new ArrayList<>(TestData.seeds());
        try (var s = Files.list(texts)) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        List<Passage> all = paragraphs(files);
        SharedLanguageFinder finder = new SharedLanguageFinder();
        List<SharedLanguageFinder.Match> matches = finder.find(all);
        System.out.printf("shared language on %d texts: %s%n", files.size(), finder.stats());
        assertTrue(matches.size() > 400, "pairs: " + matches.size());
        for (SharedLanguageFinder.Match m : matches) assertNotEquals(m.earlier().document(), m.later().document());
        // the draft and the resolution the General Assembly adopted from it
        SharedLanguageFinder.Match draft = find(matches, DOC + "E/CN.15/2019/L.3/Rev.1/operative/5", DOC + "A/RES/74/174/operative/5");
        assertTrue(draft != null && draft.containment() > 0.85, String.valueOf(draft));
        // one year's drug resolution and the next one's
        SharedLanguageFinder.Match drugs = find(matches, DOC + "A/RES/74/178/operative/86", DOC + "A/RES/76/188/operative/62");
        assertTrue(drugs != null && drugs.containment() == 1.0, String.valueOf(drugs));

        // Recall of the LSH against every pair verified exactly, with the same thresholds.
        SharedLanguageFinder.Options o = finder.options();
        List<int[]> sets = new ArrayList<>();
        for (Passage p : all) sets.add(Shingles.set(TextNormalizer.content(p.text()), o.shingleSize()));
        Set<String> truth = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                int[] a = sets.get(i);
                int[] b = sets.get(j);
                if (a.length < o.minShingles() || b.length < o.minShingles() || all.get(i).document().equals(all.get(j).document())) continue;
                if (finder.keep(Shingles.intersection(a, b), a.length, b.length)) truth.add(key(all.get(i).id(), all.get(j).id()));
            }
        }
        Set<String> found = new HashSet<>();
        for (SharedLanguageFinder.Match m : matches) found.add(key(m.earlier().id(), m.later().id()));
        assertTrue(truth.containsAll(found));
        double recall = found.size() / (double) truth.size();
        System.out.printf("recall against all %d pairs: %.3f%n", truth.size(), recall);
        assertTrue(recall >= 0.97, "recall " + recall);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
