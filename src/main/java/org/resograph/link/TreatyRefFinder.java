package org.resograph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Token;

/**
 * Treaties cited without their name: by Treaty Series volume and registration number ("United
 * Nations, Treaty Series, vol. 2237, No. 39574"; "vols. 2225, 2237 and 2241, No. 39574"; "vol. 75,
 * Nos. 970–973"), and articles of a named treaty ("article 6, paragraphs 3 and 4, of the Protocol
 * ...", "articles 24 and 25 of the Convention").
 */
final class TreatyRefFinder {

    /** A Treaty Series reference: volumes and registration numbers, at [start, end). */
    record SeriesRef(List<Integer> volumes, List<Integer> numbers, int start, int end) {}

    /** An article reference: articles, paragraphs, and where the treaty's name starts. */
    record ArticleRef(List<String> articles, List<String> paragraphs, int start, int end, int treatyAt) {}

    private static final Pattern SERIES = Pattern.compile(
            "\\bvols?\\.\\s*(\\d{1,4}(?:\\s*(?:,|and|&)\\s*\\d{1,4})*)"
            + "(?:\\s*,\\s*(?:p|pp)\\.\\s*[\\d\\s,–-]+?)?"
            + "(?:\\s*,\\s*(?:No|Nos)\\.\\s*(\\d{1,6})(?:\\s*(?:[–-]|to)\\s*(\\d{1,6}))?(?:\\s*(?:,|and)\\s*(\\d{1,6}))*)?");
    private static final Pattern ARTICLE = Pattern.compile(
            "\\b[Aa]rticles?\\s+(\\d{1,3}[a-z]?(?:\\s*(?:,|and|or)\\s*\\d{1,3}[a-z]?)*)"
            + "(?:\\s*,\\s*(?:paragraphs?|para\\.|paras\\.)\\s+(\\d{1,2}(?:\\s*\\([a-z]\\))?(?:\\s*(?:,|and|or)\\s*\\d{1,2})*))?"
            + "(?:\\s*,\\s*(?:subparagraphs?|subpara\\.)\\s+\\(([a-z])\\))?"
            + ",?\\s+of\\s+(?:the\\s+|that\\s+|this\\s+)?");

    private final Gazetteer gazetteer;

    TreatyRefFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Treaty Series references, where the text is about the Treaty Series (or repeats one with Ibid.). */
    List<SeriesRef> series(String text) {
        List<SeriesRef> out = new ArrayList<>();
        if (!text.contains("Treaty Series") && !text.matches("(?s)^\\s*(?:Ibid|Idem)\\b.*") || text.contains("League of Nations")) {
            return out;
        }
        Matcher m = SERIES.matcher(text);
        while (m.find()) {
            List<Integer> volumes = numbers(m.group(1));
            List<Integer> nos = new ArrayList<>();
            if (m.group(2) != null) {
                int first = Integer.parseInt(m.group(2));
                if (m.group(3) != null) {
                    int last = Integer.parseInt(m.group(3));
                    for (int n = first; n <= last && n - first < 20; n++) nos.add(n);
                } else {
                    nos.addAll(numbers(m.group().substring(m.start(2) - m.start())));
                }
            }
            out.add(new SeriesRef(volumes, nos, m.start(), m.end()));
        }
        return out;
    }

    /** The treaties a Treaty Series reference names. */
    List<Entity> treaties(SeriesRef ref) {
        List<Entity> out = new ArrayList<>();
        for (int v : ref.volumes()) {
            if (ref.numbers().isEmpty()) {
                addAll(out, gazetteer.treatiesInVolume(v, null));
            } else {
                for (int n : ref.numbers()) {
                    List<Entity> found = gazetteer.treatiesInVolume(v, n);
                    for (Entity e : found) if (e.untsNumber() == null || e.untsNumber() == n || found.size() == 1) addAll(out, List.of(e));
                }
            }
        }
        return out;
    }

    private static void addAll(List<Entity> out, List<Entity> es) {
        for (Entity e : es) if (e.kind() == EntityKind.TREATY && !out.contains(e)) out.add(e);
    }

    List<ArticleRef> articles(String text, List<Token> tokens) {
        List<ArticleRef> out = new ArrayList<>();
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) {
            List<String> arts = words(m.group(1));
            List<String> paras = new ArrayList<>();
            if (m.group(2) != null) paras.addAll(words(m.group(2).replaceAll("\\s*\\([a-z]\\)", "")));
            if (m.group(3) != null) paras.add(m.group(3));
            int treatyAt = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= m.end()) {
                    treatyAt = i;
                    break;
                }
            }
            out.add(new ArticleRef(arts, paras, m.start(), m.end(), treatyAt));
        }
        return out;
    }

    private static List<Integer> numbers(String s) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d{1,6}").matcher(s);
        while (m.find()) out.add(Integer.valueOf(m.group()));
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\d{1,3}[a-z]?").matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }
}
