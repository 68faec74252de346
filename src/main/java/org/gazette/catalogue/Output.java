package org.gazette.catalogue;

import java.util.List;

/**
 * A family of files the site publishes, declared the way Hugo declares output formats: its
 * {@link #paths}, its {@link #mediaType}, what it is made from ({@link #inputs}) and how it is
 * rendered ({@link #rendering}). Every page and file of a site comes from one family in the
 * catalogue's one list ({@code build.Catalogue}); adding a family is writing one class and adding
 * it there.
 *
 * <p>A family is made either from the whole site, once the documents are read ({@link #plan(SiteContext)}),
 * or from each document in turn, in the per-document pass that reads, renders and publishes a
 * document in one go ({@link #plan(DocumentContext)}, when {@link Inputs#perDocument()}).
 */
public interface Output {

    /** A short name for messages and the catalogue's documentation, e.g. {@code robots.txt}. */
    String name();

    MediaType mediaType();

    /**
     * Where its files go, as globs below the site root ({@code *} within a folder, {@code **} across
     * folders), e.g. {@code notices/page/*}{@code /index.html}.
     */
    List<String> paths();

    Inputs inputs();

    Rendering rendering();

    /** Its files for the whole site; families made per document return none here. */
    default List<? extends Product> plan(SiteContext site) {
        return List.of();
    }

    /**
     * Its files again after documents changed, once its {@link #inputs} say a change reaches it. By
     * default everything is planned again; a family whose files each show one part of the site (a
     * calendar per agency) may plan again only the files the changes reach and keep the others from
     * {@code last}, in the order {@link #plan(SiteContext)} gives. {@code RebuildTest} holds the result
     * to a full build's.
     *
     * @param last    what it planned in the last build, for the same data and build day
     * @param changes every published document that came, went or changed since, each one it reaches or not
     */
    default List<? extends Product> replan(SiteContext site, List<? extends Product> last, List<DocumentChange> changes) {
        return plan(site);
    }

    /** Its files for one document, in the per-document pass; families made from the whole site return none. */
    default List<? extends Product> plan(DocumentContext document) {
        return List.of();
    }
}
