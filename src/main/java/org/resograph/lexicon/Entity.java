package org.resograph.lexicon;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the reference data, with the facts the linker uses.
 *
 * @param kind                what it is
 * @param id                  the reference-data id (bodies.csv id, ISO alpha-3, treaties.csv id)
 * @param label               its preferred label
 * @param unSystem            for bodies and officials: part of the UN system
 * @param parent              parent body id, or null
 * @param adopted             date of adoption (treaties, instruments), or null
 * @param adoptedYear         year of adoption, or null
 * @param untsVolume          Treaty Series volume, or null
 * @param untsNumber          Treaty Series registration number, or null
 * @param adoptingResolutions relative IRIs of adopting or endorsing resolutions
 * @param annex               annex of the adopting resolution that holds the text, or null
 * @param documentSymbol      symbol of the document that holds an instrument, or null
 * @param heads               back-reference heads the name ends with ("Office", "Commission")
 * @param type                the body type of the reference data (conference-of-parties, office, ...);
 *                            {@code former-state} for a former State; or null
 */
public record Entity(
        EntityKind kind,
        String id,
        String label,
        boolean unSystem,
        String parent,
        LocalDate adopted,
        Integer adoptedYear,
        Integer untsVolume,
        Integer untsNumber,
        List<String> adoptingResolutions,
        String annex,
        String documentSymbol,
        List<String> heads,
        String type) {

    /** Year of adoption from the date or the year alone. */
    public Integer year() {
        return adopted != null ? Integer.valueOf(adopted.getYear()) : adoptedYear;
    }
}
