package org.gazette.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Creates a bureau's new site in an empty folder: the packaged {@link SiteSkeleton} and one example
 * notice dated on the day it is made, so the new site builds and shows something at once.
 */
public final class NewSite {

    private static final String EXAMPLE_NOTICE = "/org/gazette/init/example-notice.md";

    private NewSite() {
    }

    /** True when {@code folder} does not exist yet or is an empty folder: the only places init writes. */
    public static boolean canCreateIn(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Where the example notice of a site made on {@code day} is. */
    public static String exampleNoticePath(LocalDate day) {
        return "content/notices/" + day.getYear() + "/example/index.md";
    }

    /**
     * Writes the new site into {@code folder}, which {@link #canCreateIn} must accept.
     *
     * @param day the day the site is made: the example notice's date, its activity and deadline follow it
     * @return the paths written, relative to {@code folder}, with forward slashes, sorted
     */
    public static List<String> create(Path folder, LocalDate day) throws IOException {
        if (!canCreateIn(folder)) {
            throw new IllegalArgumentException("not an empty folder: " + folder);
        }
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>(SiteSkeleton.copyTo(folder));
        String notice = exampleNoticePath(day);
        Path file = folder.resolve(notice);
        Files.createDirectories(file.getParent());
        Files.writeString(file, exampleNotice(day), StandardCharsets.UTF_8);
        written.add(notice);
        return written.stream().sorted().toList();
    }

    private static String exampleNotice(LocalDate day) throws IOException {
        try (InputStream in = NewSite.class.getResourceAsStream(EXAMPLE_NOTICE)) {
            if (in == null) {
                throw new IOException("生成器缺少示例通知（" + EXAMPLE_NOTICE + "），安装包不完整，请重新下载或重新构建生成器");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{date}}", day.toString())
                    .replace("{{activity}}", day.plusDays(21).toString())
                    .replace("{{due}}", day.plusDays(14).toString());
        }
    }
}
