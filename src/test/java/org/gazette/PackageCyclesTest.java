package org.gazette;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No package of the generator depends, directly or through others, on a package that depends on it:
 * read from the compiled classes by the JDK's {@code jdeps}, the check docs/architecture.md names.
 */
class PackageCyclesTest {

    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.gazette\\S*)\\s+->\\s+(org\\.gazette\\S*)\\s");

    @Test
    void noPackageReachesItselfThroughItsDependencies() {
        Map<String, Set<String>> uses = packageDependencies(Path.of("target/classes"));

        assertThat(uses).as("jdeps found the generator's packages").containsKeys("org.gazette.build", "org.gazette.pages");
        List<String> cycles = new ArrayList<>();
        for (String from : uses.keySet()) {
            for (String to : uses.get(from)) {
                if (reaches(uses, to, from)) {
                    cycles.add(from + " -> " + to + " -> … -> " + from);
                }
            }
        }
        assertThat(cycles).isEmpty();
    }

    /** Each package's dependencies on other packages of the generator, as {@code jdeps -verbose:package} lists them. */
    private static Map<String, Set<String>> packageDependencies(Path classes) {
        assertThat(Files.isDirectory(classes)).as("compiled classes in %s", classes).isTrue();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), "-verbose:package", classes.toString());
        assertThat(status).as("jdeps: %s", err).isZero();
        Map<String, Set<String>> uses = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                uses.computeIfAbsent(edge.group(1), p -> new TreeSet<>()).add(edge.group(2));
            }
        }
        return uses;
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(uses.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
