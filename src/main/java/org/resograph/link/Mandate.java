package org.resograph.link;

import java.util.List;

/**
 * A clause that asks a body or official of the UN system to act.
 *
 * @param paragraph operative paragraph number
 * @param part      the paragraph
 * @param verb      the verb lemma (requests, invites, ...)
 * @param addressee id of the body or official
 * @param clause    the clause, from its verb to its end
 * @param funding   funding conditions stated in the paragraph (existing-resources, extrabudgetary, ...)
 * @param fundingText the words that state them
 * @param start     source offset of the verb
 * @param end       source offset of the clause end
 */
public record Mandate(Integer paragraph, PartRef part, String verb, String addressee, String clause,
                      List<String> funding, List<String> fundingText, int start, int end) {}
