package org.resograph.link;

/**
 * A State named by a dated name: a former name ("Swaziland", "Zaire") or the name of a former
 * State ("Union of Soviet Socialist Republics").
 *
 * @param stateId   the State's id (ISO alpha-3, or the former alpha-3 of a former State)
 * @param printed   the words as the text prints them
 * @param datedName relative IRI of the rg:DatedName node the words matched
 * @param years     the name's years as a reader writes them ("1968-2018", "until 2018")
 * @param inYears   whether the document's year falls within them (true when the year is unknown)
 */
public record NameUse(String stateId, String printed, String datedName, String years, boolean inYears) {}
