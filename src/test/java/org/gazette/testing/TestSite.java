package org.gazette.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.build.SiteBuilder;
import org.gazette.cli.GazetteCommand;
import org.gazette.content.ContentFile;
import org.gazette.content.ContentScanner;
import org.gazette.content.DataReader;
import org.gazette.content.Document;
import org.gazette.content.DocumentReader;
import org.gazette.content.SiteData;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;
import org.gazette.validation.Problems;

/**
 * A small Gazette site in a temporary folder, written file by file by a test. It starts with valid
 * data files (two agencies {@code kjj} and {@code kx}, the campaign {@code sci-week-2022}, the
 * contact {@code wang}) and the repository's real {@code templates/} and {@code assets/}, so builds
 * exercise the templates that are published.
 */
public final class TestSite {

    /** The repository root: the sample site and the real templates live there. */
    public static final Path REPOSITORY = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

    /** {@code data/site.yaml} of every test site. */
    public static final String SITE_YAML = """
            title: 测试科技局网站
            publisher: 某县科学技术局
            base_url: https://kjj.example.gov.cn
            """;

    /**
     * The first bytes of an Office (ZIP-based) file: enough for the build's check that an .xlsx or
     * .docx really is one, for tests about something else.
     */
    public static final byte[] OFFICE_FILE = {'P', 'K', 3, 4, 20, 0, 0, 0};

    /** {@code data/agencies.yaml} of every test site. */
    public static final String AGENCIES_YAML = """
            kjj:
              name: 某县科学技术局
              short_name: 县科技局
            kx:
              name: 某县科学技术协会
              short_name: 县科协
            """;

    /** {@code data/campaigns.yaml} of every test site. */
    public static final String CAMPAIGNS_YAML = """
            sci-week-2022:
              name: 2022年全国科技活动周
              series: 科技活动周
              year: 2022
              themes: [走进科技，你我同行]
              start: 2022-05-21
              end: 2022-05-28
            """;

    /** {@code data/contacts.yaml} of every test site. */
    public static final String CONTACTS_YAML = """
            wang:
              name: 王晶晶
              org: 某县科学技术局
              phone: "0955-8812005"
            """;

    /** A correct notice of agency {@code kjj}, with an empty body, for tests about where files go. */
    public static final String NOTICE = """
            ---
            title: 通知
            date: 2022-05-24
            agencies: [kjj]
            ---
            """;

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site with the standard data files, templates and assets, and an empty {@code content/}. */
    public static TestSite in(Path folder) throws IOException {
        TestSite site = new TestSite(folder.toAbsolutePath());
        site.write("data/site.yaml", SITE_YAML)
                .write("data/agencies.yaml", AGENCIES_YAML)
                .write("data/campaigns.yaml", CAMPAIGNS_YAML)
                .write("data/contacts.yaml", CONTACTS_YAML);
        Files.createDirectories(site.path("content"));
        FileTrees.copy(REPOSITORY.resolve("templates"), site.path("templates"));
        FileTrees.copy(REPOSITORY.resolve("assets"), site.path("assets"));
        return site;
    }

    public Path root() {
        return root;
    }

    /** A path below the site root. */
    public Path path(String relative) {
        return root.resolve(relative);
    }

    /** Writes a UTF-8 text file, creating its folders. */
    public TestSite write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file's bytes, creating its folders. */
    public TestSite write(String relative, byte[] bytes) throws IOException {
        Path file = path(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    /** Creates a symbolic link at {@code relative} pointing to {@code target}. */
    public TestSite symlink(String relative, Path target) throws IOException {
        Path link = path(relative);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
        return this;
    }

    /** Reads one document as a build does, with the problems found in it and in the data files. */
    public Reading read(String sourcePath) {
        Problems problems = new Problems();
        SiteData data = new DataReader(root, problems).read();
        ContentFile file = new ContentScanner(root, problems).scan().documents().stream()
                .filter(d -> d.sourcePath().equals(sourcePath)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + sourcePath + " under content/"));
        Document document = new DocumentReader(root, data, problems).read(file);
        return new Reading(document, problems.errors());
    }

    /** Reads the data files as a build does. */
    public DataReading readData() {
        Problems problems = new Problems();
        SiteData data = new DataReader(root, problems).read();
        return new DataReading(data, problems.errors());
    }

    /**
     * Runs {@code gazette check} on the site through the command line, and the same check through
     * {@link SiteBuilder} to get the problems as records.
     */
    public CheckRun check() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = GazetteCommand.run(new String[] {"check", "--source", root.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        List<Problem> problems;
        try {
            new SiteBuilder().build(BuildOptions.check(root));
            problems = List.of();
        } catch (BuildFailedException e) {
            problems = e.problems();
        }
        return new CheckRun(status, out.toString(), err.toString(), problems);
    }

    /** Builds the site into {@code output} as on {@code day}. */
    public BuildResult build(Path output, LocalDate day) throws BuildFailedException, IOException {
        return new SiteBuilder().build(BuildOptions.build(root, output).on(day));
    }

    /** A document read by {@link #read}: null when it has mistakes. */
    public record Reading(Document document, List<Problem> problems) {
    }

    /** The data files read by {@link #readData}. */
    public record DataReading(SiteData data, List<Problem> problems) {
    }
}
