package org.gazette.build;

import java.util.List;
import org.gazette.outputs.CalendarFiles;
import org.gazette.outputs.FileSource;
import org.gazette.outputs.JsonFeeds;
import org.gazette.outputs.RobotsFile;
import org.gazette.outputs.VCardFiles;

/** The non-HTML file families of a standard Gazette site. */
final class FileSources {

    private FileSources() {
    }

    static List<FileSource> standard() {
        return List.of(new VCardFiles(), new CalendarFiles(), new RobotsFile(), new JsonFeeds());
    }
}
