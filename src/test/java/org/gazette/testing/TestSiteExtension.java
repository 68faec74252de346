package org.gazette.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test method that declares a {@link TestSite} parameter a fresh site in its own
 * temporary folder, deleted when the test ends.
 */
public final class TestSiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestSiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestSite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            Path folder = Files.createTempDirectory("gazette-site-");
            context.getStore(NAMESPACE).put(parameter.getIndex(), new Deleted(folder));
            return TestSite.in(folder);
        } catch (IOException e) {
            throw new ParameterResolutionException("cannot create a test site", e);
        }
    }

    /** The temporary folder, removed with everything in it (links themselves, never their targets) when the test ends. */
    private record Deleted(Path folder) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
