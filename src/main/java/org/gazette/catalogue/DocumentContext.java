package org.gazette.catalogue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gazette.content.Document;
import org.gazette.content.SiteData;
import org.gazette.markup.RenderedBody;
import org.gazette.site.DocumentEvents;
import org.gazette.site.Urls;
import org.gazette.validation.Problems;

/**
 * What a family made in the per-document pass is given: one published document with its rendered
 * body. Families of one document share what they work out through {@link #derived} (the table
 * downloads the page links to are made once), and all documents of a build share {@link Build}.
 *
 * @param document  the document
 * @param body      its rendered body
 * @param published the source files it publishes as they are (attachments, images), in order
 * @param build     what every document of the build shares
 * @param problems  where warnings about it go (an unreadable attachment)
 */
public record DocumentContext(Document document, RenderedBody body, List<Path> published, Build build,
                              Problems problems, Map<Class<?>, Object> memo) {
    // The memo is a component only so the record can be built; it is this document's alone, on one thread.

    public DocumentContext(Document document, RenderedBody body, List<Path> published, Build build, Problems problems) {
        this(document, body, List.copyOf(published), build, problems, new HashMap<>());
    }

    /**
     * What this document's families share, worked out by the first that asks.
     *
     * @param key the class that works it out, so two kinds of facts never share a key
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Class<?> key, Function<DocumentContext, T> compute) {
        return (T) memo.computeIfAbsent(key, k -> compute.apply(this));
    }

    /**
     * The document's activities and deadlines with their identities, made once: its page shows them,
     * and the site index takes these same objects for the calendars rather than making them again.
     */
    public DocumentEvents events() {
        return derived(DocumentEvents.class, c -> DocumentEvents.of(c.document()));
    }

    /**
     * What every document of one build shares, safe for the parallel pass.
     *
     * @param data  the site's data
     * @param urls  how paths become links
     * @param today the build day
     */
    public record Build(SiteData data, Urls urls, LocalDate today, Map<Class<?>, Object> shared) {

        public Build(SiteData data, Urls urls, LocalDate today) {
            this(data, urls, today, new ConcurrentHashMap<>());
        }

        /** What the whole build shares, made once (a page model builder and its file cache). */
        public <T> T shared(Class<T> kind, Function<Build, T> compute) {
            return kind.cast(shared.computeIfAbsent(kind, k -> compute.apply(this)));
        }
    }
}
