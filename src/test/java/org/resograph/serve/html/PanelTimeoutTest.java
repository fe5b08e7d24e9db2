package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/**
 * A canned query that runs out of time inside a page leaves a note; the rest of the page, read
 * after it in the same read transaction, is still there.
 */
class PanelTimeoutTest {
    @Test
    void aQueryOutOfTimeLeavesANoteAndTheRestOfThePage() {
        DatasetGraph dsg = Fixture.dataset();
        String doc = Fixture.BASE + "id/document/E/CN.15/2019/L.3/Rev.1";
        String html = Fixture.read(dsg, () -> new Pages(dsg, List.of(Fixture.BASE), Fixture.BASE, Duration.ofNanos(1)).resource(doc).orElseThrow());
        HtmlCheck.balanced(html);
        assertTrue(html.contains("did not finish in time"), "no note for the query that ran out of time");
        // Parts of the page that come after the queries, read from the same transaction.
        assertTrue(html.contains("id=\"mandates\""), "the mandates after the lineage are missing");
        assertTrue(html.contains("</footer>"), "the page is cut short");
    }
}
