package org.gazette.content;

/**
 * An issuing body (发布机构) from {@code data/agencies.yaml}.
 *
 * @param id        the id documents refer to, e.g. {@code linyi-kx}
 * @param name      full name, e.g. 临猗县科学技术协会
 * @param shortName short name for tight places, e.g. 县科协; falls back to the name
 */
public record Agency(String id, String name, String shortName, String region, String address,
                     String phone, String email, String website) {

    /** The short name when one is given, else the full name. */
    public String displayShortName() {
        return shortName == null ? name : shortName;
    }
}
