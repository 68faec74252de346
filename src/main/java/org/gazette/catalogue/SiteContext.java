package org.gazette.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/**
 * What a family made from the whole site is given.
 *
 * @param site    the published documents and the data
 * @param today   the build day
 * @param urls    how paths become links
 * @param planned what the families before it planned, for those whose inputs say {@link Inputs#listsOthers()};
 *                empty for the others
 */
public record SiteContext(SiteIndex site, LocalDate today, Urls urls, List<Product> planned) {

    public SiteContext {
        planned = List.copyOf(planned);
    }
}
