package org.resograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring rules of score.py on small hand-made gold and predicted summaries; last, where
 * python3 and ../shared are there, each of those pairs through score.py itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScorerTest {

    record Run(Report report, List<String> verbose) {
        List<String> lines() {
            return report.lines();
        }
    }

    /** The pairs scored so far, for {@link #everyCaseScoresAsScorePyDoes}. */
    private static final List<String[]> CASES = Collections.synchronizedList(new ArrayList<>());

    /** Scores one gold summary against one predicted one (null: no prediction). */
    static Run score(String gold, String predicted) {
        CASES.add(new String[] {gold, predicted});
        Map<Py.Key, Object> g = new LinkedHashMap<>();
        Documents.put(g, "d.json", Documents.parse(gold));
        Map<Py.Key, Object> p = new LinkedHashMap<>();
        if (predicted != null) Documents.put(p, "d.json", Documents.parse(predicted));
        List<String> v = new ArrayList<>();
        return new Run(Scorer.score(g, p, v::add), v);
    }

    /** Single quotes in the test sources stand for JSON's double quotes. */
    static String j(String s) {
        return s.replace('\'', '"');
    }

    @Test
    void headerFieldsMatchAfterNormalisationAndOnlyWhereTheGoldHasTheKey() {
        Run r = score(j("{'file':'a.txt','symbol':'A/RES/74/174','title':'Countering \u201cchild\u201d  abuse \u2013 online','agendaItem':null,'session':27}"),
                j("{'file':'a.txt','symbol':'A/RES/74/174','title':'Countering \\\"child\\\" abuse - online ','agendaItem':'6','session':27.0,'organ':'GA'}"));
        assertEquals("header: 0.750 (3/4 fields)", r.lines().get(1));
        assertEquals(List.of("[a.txt] agendaItem: gold=None got='6'"), r.verbose());
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        Run r = score(j("{'file':'a.txt','symbol':'E/CN.15/2019/L.3'}"), j("{'file':'a.txt','symbol':'\uff25/CN.15/2019/L.3'}"));
        assertEquals("header: 1.000 (1/1 fields)", r.lines().get(1));
    }

    @Test
    void preambleScoresTheFirstWordAndWhetherThereIsAModifier() {
        String gold = j("{'file':'a.txt','preamble':[{'n':1,'phrase':'Recalling also'},{'n':2,'phrase':'Further recalling'},"
                + "{'n':3,'phrase':'Deeply concerned'},{'n':4,'phrase':'Noting with concern'},{'n':5,'phrase':'Bearing in mind'}]}");
        String pred = j("{'file':'a.txt','preamble':[{'n':1,'phrase':'Recalling'},{'n':2,'phrase':'Recalling further that'},"
                + "{'n':3,'phrase':'Deeply  Concerned'},{'n':4,'phrase':'Noting'}]}");
        Run r = score(gold, pred);
        // 1: modifier lost; 2: same first word and a modifier; 3: case and spaces; 4: complement not scored; 5: missing
        assertEquals("preamble: 0.600 (3/5 paragraphs)", r.lines().get(1));
        assertEquals(List.of("[a.txt] preamble 1: gold='Recalling also' got='Recalling'",
                "[a.txt] preamble count: gold=5 got=4"), r.verbose());
    }

    @Test
    void aPreambleOfModifiersOnlyHasAnEmptyFirstWord() {
        assertEquals("", Norm.firstWord("also"));
        assertTrue(Norm.hasModifier("Also"));
        assertEquals("", Norm.firstWord(null));
        assertFalse(Norm.hasModifier("Furthermore recalling"));
    }

    @Test
    void operativeMeasuresAreSkippedWhereTheGoldLacksTheirKey() {
        String gold = j("{'file':'a.txt','operative':[{'n':1,'verb':'encourages','modifier':'also'},{'n':2,'verb':'requests','modifier':null}]}");
        String pred = j("{'file':'a.txt','operative':[{'n':1,'verb':'Encourages','modifier':'also','addressees':['X']},"
                + "{'n':2,'verb':'requests','modifier':'further','addressees':[]}]}");
        Run r = score(gold, pred);
        assertEquals(List.of("documents: gold=1 predicted=1", "operative.verb: 1.000 (2/2 paragraphs)",
                "operative.modifier: 0.500 (1/2 paragraphs)", "overall: 0.750"), r.lines());
        assertEquals(List.of("[a.txt] operative 2 modifier: gold=None got='further'"), r.verbose());
    }

    @Test
    void onlyThePredictedVerbIsLowerCased() {
        Run r = score(j("{'file':'a.txt','operative':[{'n':1,'verb':'Decides'}]}"), j("{'file':'a.txt','operative':[{'n':1,'verb':'Decides'}]}"));
        assertEquals("operative.verb: 0.000 (0/1 paragraphs)", r.lines().get(1));
        r = score(j("{'file':'a.txt','operative':[{'n':1,'verb':null}]}"), j("{'file':'a.txt','operative':[{'n':1,'verb':''}]}"));
        assertEquals("operative.verb: 1.000 (1/1 paragraphs)", r.lines().get(1), "an empty verb is None");
    }

    @Test
    void addresseesAreASetSubparagraphsAListOtherVerbsAMultiset() {
        String gold = j("{'file':'a.txt','operative':[{'n':1,'addressees':['A','B'],'subparagraphs':['a','b'],'otherVerbs':['urges','notes','urges']},"
                + "{'n':2,'addressees':['A'],'subparagraphs':['a','b'],'otherVerbs':['urges','urges']}]}");
        String pred = j("{'file':'a.txt','operative':[{'n':1,'addressees':['B','A','A'],'subparagraphs':['a','b'],'otherVerbs':['urges','urges','notes']},"
                + "{'n':2,'addressees':['A','B'],'subparagraphs':['b','a'],'otherVerbs':['urges']}]}");
        Run r = score(gold, pred);
        assertEquals(List.of("documents: gold=1 predicted=1", "operative.addressees: 0.500 (1/2 paragraphs)",
                "operative.subparagraphs: 0.500 (1/2 paragraphs)", "operative.otherVerbs: 0.500 (1/2 paragraphs)",
                "overall: 0.500"), r.lines());
        assertEquals("[a.txt] operative 2 addressees: gold=['A'] got=['A', 'B']", r.verbose().get(0));
    }

    @Test
    void operativeParagraphsAreAlignedByPositionAndCountedByTheLongerList() {
        Run r = score(j("{'file':'a.txt','operative':[{'n':1,'verb':'notes'}]}"),
                j("{'file':'a.txt','operative':[{'n':1,'verb':'notes'},{'n':2,'verb':'decides'}]}"));
        assertEquals("operative.verb: 0.500 (1/2 paragraphs)", r.lines().get(1));
        assertEquals(List.of("[a.txt] operative count: gold=1 got=2"), r.verbose());
    }

    @Test
    void setFieldsAreComparedByTheirKeys() {
        String gold = j("{'file':'a.txt',"
                + "'citedResolutions':[{'body':'GA','number':'72/1','date':'2017-09-27'},{'body':'SC','number':'2334','date':null}],"
                + "'treatyArticles':[{'treaty':'UNTOC','article':'27','paragraph':'3'},{'treaty':'UNTOC','article':'5','paragraph':null}],"
                + "'mandates':[{'paragraph':8,'verb':'requests','addressee':'UNODC'}],"
                + "'reporting':[{'paragraph':12,'reporter':'UNODC-ED','reportTo':'CCPCJ','session':29}],"
                + "'bodies':['UNODC','UNODC']}");
        String pred = j("{'file':'a.txt',"
                + "'citedResolutions':[{'body':'GA','number':'72/1','date':null},{'body':'GA','number':'2334'}],"
                + "'treatyArticles':[{'treaty':'UNTOC','article':'27','paragraph':null},{'treaty':'UNTOC','article':'5','paragraph':null}],"
                + "'mandates':[{'paragraph':8.0,'verb':'requests','addressee':'UNODC'},{'paragraph':'8','verb':'requests','addressee':'UNODC'}],"
                + "'reporting':[{'paragraph':12,'reporter':'UNODC-ED','reportTo':'CCPCJ','session':null}],"
                + "'bodies':['UNODC','SG']}");
        Run r = score(gold, pred);
        assertEquals(List.of("documents: gold=1 predicted=1",
                "citedResolutions: P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)",
                "treatyArticles: P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)",
                "bodies: P=0.500 R=1.000 F1=0.667 (tp=1 fp=1 fn=0)",
                "mandates: P=0.500 R=1.000 F1=0.667 (tp=1 fp=1 fn=0)",
                "reporting: P=0.000 R=0.000 F1=0.000 (tp=0 fp=1 fn=1)",
                "overall: 0.467"), r.lines());
        assertTrue(r.verbose().contains("[a.txt] citedResolutions missed: ('SC', '2334')"), r.verbose().toString());
        assertTrue(r.verbose().contains("[a.txt] mandates extra: ('8', 'requests', 'UNODC')"), r.verbose().toString());
        assertTrue(r.verbose().contains("[a.txt] bodies extra: SG"), r.verbose().toString());
        assertTrue(r.verbose().contains("[a.txt] reporting extra: (12, 'UNODC-ED', 'CCPCJ', None)"), r.verbose().toString());
    }

    @Test
    void emptySetsScoreOneAndFieldsNoGoldHasAreLeftOut() {
        Run r = score(j("{'file':'a.txt','sdgTargets':[]}"), j("{'file':'a.txt','sdgTargets':[],'treaties':['UNTOC']}"));
        assertEquals(List.of("documents: gold=1 predicted=1", "sdgTargets: P=1.000 R=1.000 F1=1.000 (tp=0 fp=0 fn=0)",
                "overall: 1.000"), r.lines());
    }

    @Test
    void aMissingPredictionScoresNothingButStillCounts() {
        Run r = score(j("{'file':'a.txt','symbol':'A/1','preamble':[{'n':1,'phrase':'Recalling'}],"
                + "'operative':[{'n':1,'verb':'notes'}],'bodies':['SG']}"), null);
        // No paragraph is compared, so none is skipped: every operative measure counts the gold's paragraph.
        assertEquals(List.of("documents: gold=1 predicted=0", "header: 0.000 (0/1 fields)", "preamble: 0.000 (0/1 paragraphs)",
                "operative.verb: 0.000 (0/1 paragraphs)", "operative.modifier: 0.000 (0/1 paragraphs)",
                "operative.addressees: 0.000 (0/1 paragraphs)", "operative.subparagraphs: 0.000 (0/1 paragraphs)",
                "operative.otherVerbs: 0.000 (0/1 paragraphs)", "bodies: P=1.000 R=0.000 F1=0.000 (tp=0 fp=0 fn=1)",
                "overall: 0.000"), r.lines());
        assertEquals(List.of("[a.txt] no prediction", "[a.txt] symbol: gold='A/1' got=None", "[a.txt] preamble count: gold=1 got=0",
                "[a.txt] operative count: gold=1 got=0", "[a.txt] bodies missed: SG"), r.verbose());
    }

    @Test
    void documentsAreMatchedByTheirFileFieldOrTheirJsonName() {
        Map<Py.Key, Object> docs = new LinkedHashMap<>();
        Documents.put(docs, "x.json", Documents.parse(j("{'file':'a.txt'}")));
        Documents.put(docs, "b.json", Documents.parse(j("{'file':''}")));
        Documents.put(docs, "c.json", Documents.parse(j("{}")));
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), docs.keySet().stream().map(Py.Key::toString).toList());
        assertThrows(ScoreException.class, () -> Documents.put(docs, "d.json", Documents.parse("[]")));
    }

    @Test
    void oddValuesAreTakenAsPythonTakesThem() {
        // a string where a list belongs is its characters; true == 1 == 1.0; a null preamble is empty
        Run r = score(j("{'file':'a.txt','bodies':'SG','sponsors':['AUS','BEL'],'preamble':null,"
                        + "'operative':[{'n':1,'subparagraphs':'ab','addressees':[1]}],'title':'\u00e9t\u00e9 \u200b','session':true}"),
                j("{'file':'a.txt','bodies':['S','G'],'sponsors':['BEL','AUS'],'preamble':[{'n':1,'phrase':'Noting'}],"
                        + "'operative':[{'n':1,'subparagraphs':['a','b'],'addressees':[1.0]}],'title':'\u00e9t\u00e9','session':1}"));
        assertEquals(List.of("documents: gold=1 predicted=1", "header: 0.333 (1/3 fields)", "preamble: 0.000 (0/1 paragraphs)",
                "operative.addressees: 1.000 (1/1 paragraphs)", "operative.subparagraphs: 1.000 (1/1 paragraphs)",
                "bodies: P=1.000 R=1.000 F1=1.000 (tp=2 fp=0 fn=0)", "overall: 0.667"), r.lines());
        assertEquals(List.of("[a.txt] sponsors: gold=['AUS', 'BEL'] got=['BEL', 'AUS']",
                "[a.txt] title: gold='\u00e9t\u00e9 \\u200b' got='\u00e9t\u00e9'", "[a.txt] preamble count: gold=0 got=1"), r.verbose());
    }

    @Test
    void nothingToScoreIsAnError() {
        Run r = score(j("{'file':'a.txt'}"), j("{'file':'a.txt'}"));
        assertFalse(r.report().hasScores());
        assertEquals(List.of("documents: gold=1 predicted=1"), r.lines());
        assertThrows(ScoreException.class, () -> r.report().overall());
    }

    @Test
    void pythonValues() {
        assertEquals("0.062", Py.format3(0.0625), "ties round half to even, as Python's format does");
        assertEquals("0.938", Py.format3(0.9375));
        assertEquals("0.667", Py.format3(2.0 / 3));
        assertEquals("1.000", Py.format3(1.0));
        assertTrue(Py.eq(BigInteger.valueOf(8), 8.0));
        assertTrue(Py.eq(true, BigInteger.ONE));
        assertFalse(Py.eq("8", BigInteger.valueOf(8)));
        assertFalse(Py.eq(List.of("a"), Py.Tuple.of("a")));
        assertEquals(new Py.Key(BigInteger.TWO).hashCode(), new Py.Key(2.0).hashCode());
        assertEquals("('a',)", Py.repr(Py.Tuple.of("a")));
        assertEquals("\"it's\"", Py.repr("it's"));
        assertEquals("'a\\nb\\x01\u00e9\\u200b'", Py.repr("a\nb\u0001\u00e9\u200b"));
        assertEquals("[1, 2.5, None, True, {'k': 'v'}]", Py.repr(Documents.parse("[1, 2.5, null, true, {\"k\": \"v\"}]")));
        assertEquals("1e-05", Py.repr(0.00001));
        assertEquals("0.0001", Py.repr(0.0001));
        assertEquals("1e+16", Py.repr(1e16));
        assertEquals("a b", Norm.text("\u2003a\u00a0\u001c b\u3000"));
        assertEquals("'x' - \"y\"", Norm.text("\u2018x\u2019 \u2014 \u201cy\u201d"));
        assertNull(Norm.norm(null));
        assertThrows(ScoreException.class, () -> new Py.Key(List.of()));
    }

    @Test
    void jsonIsReadAsStrictlyAsPython() {
        assertThrows(RuntimeException.class, () -> Documents.parse("{'a': 1}"));
        assertThrows(RuntimeException.class, () -> Documents.parse("{\"a\": 1} x"));
        assertEquals(BigInteger.valueOf(27), Py.get(Documents.parse("{\"a\": 27}"), "a"));
        assertEquals(27.0, Py.get(Documents.parse("{\"a\": 27.0}"), "a"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyCaseScoresAsScorePyDoes(@TempDir Path tmp) throws Exception {
        assumeTrue(!CASES.isEmpty(), "run with the other tests of this class");
        assumeTrue(Files.isRegularFile(ScorePy.SCRIPT), "../shared is absent: comparison with score.py skipped");
        assumeTrue(ScorePy.python() != null, "python3 is not installed: comparison with score.py skipped");
        int i = 0;
        for (String[] c : List.copyOf(CASES)) {
            Path gold = Files.createDirectories(tmp.resolve(i + "/gold"));
            Path pred = Files.createDirectories(tmp.resolve(i + "/pred"));
            i++;
            Files.writeString(gold.resolve("d.json"), c[0], StandardCharsets.UTF_8);
            if (c[1] != null) Files.writeString(pred.resolve("d.json"), c[1], StandardCharsets.UTF_8);
            List<String> java = new ArrayList<>();
            Report r = Scorer.score(Documents.load(gold).documents(), Documents.load(pred).documents(), java::add);
            java.addAll(r.lines());
            ScorePy.Result py = ScorePy.run(gold, pred, "--verbose");
            if (!r.hasScores()) {
                assertTrue(py.output().contains("ZeroDivisionError"), py.output());
                continue;
            }
            assertEquals(String.join("\n", py.lines()), String.join("\n", java), "gold " + c[0] + "\npredicted " + c[1]);
        }
    }
}
