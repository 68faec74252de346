package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/gazette} with the real JVM and a class-data archive the JVM refuses: one made for
 * another JDK, for an older jar, or no archive at all. The build must run as if there were no
 * archive, without a word on stderr; an archive only ever makes a start faster.
 */
class ClassDataArchiveTest {

    private static final Path SCRIPT = Path.of("bin/gazette").toAbsolutePath();

    @TempDir
    Path folder;

    Path jar;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    /**
     * A jar of the compiled classes that names the dependencies' jars in its manifest, so the real
     * commands run from it; the archive's check of the class path then has a jar to check.
     */
    @BeforeEach
    void jarOfTheCompiledClasses() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        List<String> dependencies = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(path)) {
                folders.add(path);
            } else {
                dependencies.add(path.toUri().toString());
            }
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", dependencies));
        jar = Files.createDirectories(folder.resolve("dist")).resolve("gazette.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Path classes : folders) {
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
        }
    }

    Run gazette(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(SCRIPT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().remove("GAZETTE_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("GAZETTE_JAR", jar.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** Records an archive for the jar as {@code mvn package} does, from a run of {@code --version}. */
    Path recordArchive() throws Exception {
        Path archive = jar.resolveSibling("gazette.jsa");
        Run recording = gazette(Map.of("GAZETTE_JAVA_OPTS",
                "-XX:ArchiveClassesAtExit=" + archive + " -Xlog:cds=off -Xlog:cds+dynamic=off"), "--version");
        assertThat(recording.status()).isZero();
        assertThat(archive).isNotEmptyFile();
        return archive;
    }

    void assertRunsQuietly(Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Gazette ");
    }

    @Test
    void runsWithTheArchiveItRecorded() throws Exception {
        recordArchive();

        assertRunsQuietly(gazette(Map.of(), "--version"));
    }

    @Test
    void anArchiveOfAnotherJdkIsSkippedWithoutAWord() throws Exception {
        Path archive = recordArchive();
        // The header names the JVM that wrote it; another build of the JDK does not match.
        byte[] bytes = Files.readAllBytes(archive);
        byte[] version = System.getProperty("java.vm.version").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, version, 4096);
        assertThat(at).as("the JVM's version in the archive's header").isNotNegative();
        bytes[at + version.length - 1] ^= 1;
        archive.toFile().setWritable(true);
        Files.write(archive, bytes);

        assertRunsQuietly(gazette(Map.of(), "--version"));
    }

    @Test
    void anArchiveOfAnOlderJarIsSkippedWithoutAWord() throws Exception {
        recordArchive();
        // A jar rebuilt (or replaced by a new release) after the archive was recorded.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertRunsQuietly(gazette(Map.of(), "--version"));
    }

    @Test
    void aDamagedArchiveIsSkippedWithoutAWord() throws Exception {
        Files.write(jar.resolveSibling("gazette.jsa"), "not an archive".getBytes(StandardCharsets.US_ASCII));

        assertRunsQuietly(gazette(Map.of(), "--version"));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int limit) {
        for (int i = 0; i + needle.length <= Math.min(haystack.length, limit); i++) {
            int j = 0;
            while (j < needle.length && haystack[i + j] == needle[j]) {
                j++;
            }
            if (j == needle.length) {
                return i;
            }
        }
        return -1;
    }
}
