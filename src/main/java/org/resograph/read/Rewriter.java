package org.resograph.read;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regex replacement over {@link MappedText} that keeps the source mapping: characters copied from
 * a group keep their own offsets, inserted characters take the offset of the match.
 */
final class Rewriter {
    private Rewriter() {}

    /**
     * Replaces every match of {@code p}. The template is literal text in which {@code $1}..{@code $9}
     * copy a group; a {@code null} template from {@code fn} keeps the match unchanged.
     */
    static MappedText rewrite(MappedText t, Pattern p, Function<Matcher, String> fn) {
        Matcher m = p.matcher(t.text());
        if (!m.find()) return t;
        MappedText.Builder b = new MappedText.Builder();
        int last = 0;
        do {
            String template = fn.apply(m);
            if (template == null) continue;
            b.append(t, last, m.start());
            int at = t.sourceOffset(m.start());
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                    int g = template.charAt(++i) - '0';
                    if (m.group(g) != null) b.append(t, m.start(g), m.end(g));
                } else {
                    b.append(c, at);
                }
            }
            last = m.end();
        } while (m.find());
        b.append(t, last, t.length());
        return b.build();
    }

    static MappedText rewrite(MappedText t, Pattern p, String template) {
        return rewrite(t, p, m -> template);
    }
}
