package org.resograph.link;

import java.time.LocalDate;

/** What a citation refers to. */
public sealed interface Target {

    /**
     * A resolution by adopting body and number; date and title where the citation prints them;
     * the session of adoption where the number tells it (74/174: session 74).
     */
    record Resolution(String body, String number, LocalDate date, String title, Integer session) implements Target {}

    /** A UN document by symbol. */
    record Document(String symbol) implements Target {}

    /** A treaty, or one of its articles or article paragraphs. */
    record Treaty(String id, String article, String paragraph) implements Target {}

    /** A non-treaty instrument. */
    record Instrument(String id) implements Target {}

    /** A target of the Sustainable Development Goals ("16.2"). */
    record SdgTarget(String code) implements Target {}
}
