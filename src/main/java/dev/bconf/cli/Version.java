package dev.bconf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the build. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        return properties().getProperty("version", "unknown");
    }

    /** Where the project's files, its rule pages among them, are published; set at build time. */
    static Optional<URI> documentation() {
        String url = properties().getProperty("documentation", "").strip();
        if (url.isEmpty() || url.startsWith("${")) {
            return Optional.empty();
        }
        URI base = URI.create(url);
        return Optional.of(url.endsWith("/") ? base : URI.create(url + "/"));
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/bconf/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource leaves every property at its fallback.
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bconf " + current()};
    }
}
