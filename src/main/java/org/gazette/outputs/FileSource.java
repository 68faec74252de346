package org.gazette.outputs;

import java.time.LocalDate;
import java.util.List;
import org.gazette.site.SiteIndex;
import org.gazette.site.Urls;

/** A family of non-HTML files the site publishes, computed from the site index. */
public interface FileSource {

    /** The files of this family; their content is written later, in parallel. */
    List<OutputFile> files(SiteIndex site, LocalDate today, Urls urls);
}
