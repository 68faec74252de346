package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.testing.FileTrees;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's guide ({@code docs/editor-guide.md}) quotes what {@code gazette check} really prints.
 * Each folder of {@code src/test/resources/editor-guide/} is a small site laid over this
 * repository's {@code data/}; the check is run on it and every problem line it prints must appear
 * word for word in the guide. A message that changes wording fails here until the guide says it too.
 *
 * <p>In an example folder, a file {@code NAME.symlink} becomes a symbolic link {@code NAME} to the
 * path it contains, {@code NAME.append} is added at the end of {@code NAME} (a new entry of a data
 * file), and {@code NAME.absent} removes {@code NAME} from the site (e.g.
 * {@code data/site.yaml.absent}). The folder {@code ok-quick-start} is the guide's quick-start notice,
 * which must pass the check and be printed in the guide as it is.
 */
class EditorGuideExamplesTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path EXAMPLES = PROJECT.resolve("src/test/resources/editor-guide");
    private static final Path GUIDE = PROJECT.resolve("docs/editor-guide.md");
    private static final String QUICK_START = "ok-quick-start";

    @TempDir
    static Path sites;

    @TestFactory
    Stream<DynamicTest> everyProblemAnExampleCausesIsQuotedInTheGuide() throws IOException {
        String guide = Files.readString(GUIDE);
        List<String> names = exampleNames().filter(name -> !name.equals(QUICK_START)).toList();
        assertThat(names).as("examples in " + EXAMPLES).hasSizeGreaterThan(40);
        return names.stream().map(name -> dynamicTest(name, () -> {
            Result result = check(site(name));
            List<String> problems = result.problemLines();
            assertThat(problems).as("problems printed for example " + name).isNotEmpty();
            boolean onlyWarnings = problems.stream().allMatch(line -> line.startsWith("提醒: "));
            assertThat(result.status()).isEqualTo(onlyWarnings ? 0 : GazetteCommand.CONTENT_ERRORS);
            assertThat(problems.stream().filter(line -> !guide.contains(line)))
                    .as("lines example %s prints that docs/editor-guide.md does not quote", name)
                    .isEmpty();
        }));
    }

    @Test
    void theQuickStartNoticeOfTheGuidePassesTheCheck() throws IOException {
        Path example = EXAMPLES.resolve(QUICK_START);
        String notice = Files.readString(example.resolve("content/notices/2024/sci-week/index.md"));
        String campaign = Files.readString(example.resolve("data/campaigns.yaml.append")).strip();

        Result result = check(site(QUICK_START));

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(GUIDE)).contains(notice).contains(campaign);
    }

    private static Stream<String> exampleNames() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The repository's data files with the example laid over them. */
    private static Path site(String name) throws IOException {
        Path site = Files.createDirectories(sites.resolve(name));
        Path data = Files.createDirectories(site.resolve("data"));
        try (Stream<Path> files = Files.list(PROJECT.resolve("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName().toString()));
            }
        }
        FileTrees.copy(PROJECT.resolve("templates"), site.resolve("templates"));
        FileTrees.copy(PROJECT.resolve("assets"), site.resolve("assets"));
        Path example = EXAMPLES.resolve(name);
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = site.resolve(example.relativize(file).toString());
                Files.createDirectories(target.getParent());
                String fileName = target.getFileName().toString();
                if (fileName.endsWith(".symlink")) {
                    Files.createSymbolicLink(without(target, ".symlink"), Path.of(Files.readString(file).strip()));
                } else if (fileName.endsWith(".append")) {
                    Files.writeString(without(target, ".append"), Files.readString(file), StandardOpenOption.APPEND);
                } else if (fileName.endsWith(".absent")) {
                    deleteTree(without(target, ".absent"));
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return site;
    }

    private static Path without(Path path, String suffix) {
        String name = path.getFileName().toString();
        return path.resolveSibling(name.substring(0, name.length() - suffix.length()));
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Result check(Path site) {
        StringWriter err = new StringWriter();
        int status = GazetteCommand.run(new String[] {"check", "--source", site.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Result(status, err.toString());
    }

    /** How one run of {@code gazette check} ended and what it printed on the error stream. */
    private record Result(int status, String err) {

        /** The error and warning lines, without the closing summary. */
        List<String> problemLines() {
            return err.lines().filter(line -> !line.isBlank() && !line.startsWith("共发现 ")).toList();
        }
    }
}
