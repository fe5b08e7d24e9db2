package org.resograph.serve.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small structural check of a page: every element closed, and closed in order. */
final class HtmlCheck {
    private HtmlCheck() {}

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");

    /** Throws when a tag is left open or closed out of order; returns the page. */
    static String balanced(String html) {
        String body = html.replaceAll("(?s)<style>.*?</style>", "<style></style>");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name)) continue;
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                String top = open.poll();
                if (!name.equals(top)) {
                    int at = m.start();
                    throw new AssertionError("</" + name + "> closes <" + top + "> near: "
                            + body.substring(Math.max(0, at - 200), Math.min(body.length(), at + 50)));
                }
            }
        }
        if (!open.isEmpty()) throw new AssertionError("left open: " + open);
        if (body.replaceAll("<[^<>]*>", "").contains("<")) throw new AssertionError("a stray < in the text");
        return html;
    }
}
