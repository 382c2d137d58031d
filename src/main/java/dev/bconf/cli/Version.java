package dev.bconf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into the build. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/bconf/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"bconf " + current()};
    }
}
