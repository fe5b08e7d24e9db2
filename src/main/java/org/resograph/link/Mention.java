package org.resograph.link;

import org.resograph.lexicon.EntityKind;

/**
 * A body, official, State or group named in a part of a document.
 *
 * @param kind  what it is
 * @param id    its reference-data id
 * @param part  where it is named
 * @param start source offset of the name
 * @param end   source offset after it
 * @param name  for a State named by a dated name, the name as printed and its years; else null
 */
public record Mention(EntityKind kind, String id, PartRef part, int start, int end, NameUse name) {
    public Mention(EntityKind kind, String id, PartRef part, int start, int end) {
        this(kind, id, part, start, end, null);
    }
}
