package org.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The generator's version, as Maven wrote it into the jar: what a site's pom.xml pins. */
public final class VersionProvider implements IVersionProvider {

    /** This generator's version, e.g. {@code 0.2.0}. */
    public static String current() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/gazette/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Gazette " + current()};
    }
}
