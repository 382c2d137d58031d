package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading has no side effects (ARCHITECTURE.md): the commands a configuration names are never
 * run, nothing connects anywhere, and nothing is written into the configuration tree. Every
 * command runs in every format over a tree that names commands in every place Bareos runs
 * them, and hosts that would resolve or route if anything tried.
 */
class SideEffectsTest {

    @TempDir
    Path dir;

    private Path tree;
    private Path marks;
    private Path reports;

    @BeforeEach
    void writeTree() throws IOException {
        tree = Files.createDirectories(dir.resolve("etc/bareos"));
        marks = Files.createDirectories(dir.resolve("marks"));
        reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(tree.resolve("bareos-dir.conf"), """
                @|"touch MARKS/include-top"
                Director {
                  Name = bareos-dir
                  Password = @|"touch MARKS/password"
                  Messages = Standard
                }
                Client {
                  Name = web1-fd
                  Address = web1.example.com
                  Password = "p"
                  @|"sh -c 'touch MARKS/include-resource'"
                }
                Client {
                  Name = db1-fd
                  Address = 192.0.2.10
                  Password = "p"
                  Passive = yes
                }
                Storage {
                  Name = File
                  Address = sd.example.org
                  Lan Address = 10.1.2.3
                  Password = "p"
                  Device = FileStorage
                  Media Type = File
                }
                Job {
                  Name = backup-web1
                  Type = Backup
                  Client = web1-fd
                  FileSet = Full
                  Storage = File
                  Pool = Full
                  Messages = Standard
                  Write Bootstrap = "|touch MARKS/bootstrap"
                  RunScript {
                    RunsWhen = Before
                    Command = "touch MARKS/runscript"
                  }
                }
                FileSet {
                  Name = Full
                  Include {
                    File = "|touch MARKS/fileset-director"
                    File = "\\\\|touch MARKS/fileset-client"
                  }
                }
                Pool {
                  Name = Full
                  Pool Type = Backup
                }
                Messages {
                  Name = Standard
                  Mail Command = "touch MARKS/mail"
                  Mail = root@localhost = all
                }
                """.replace("MARKS", marks.toString()), StandardCharsets.UTF_8);
    }

    @Test
    void commandsNamedInTheConfigurationAreNeverRun() throws Exception {
        // The same command, run by a shell, does leave its mark: so an empty folder means something.
        Process shell = new ProcessBuilder("sh", "-c", "touch " + marks.resolve("probe")).start();
        assertThat(shell.waitFor()).isZero();
        Files.delete(marks.resolve("probe"));

        runEverything();

        try (Stream<Path> left = Files.list(marks)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void readingConnectsNowhere() throws Exception {
        // Every java.net.Socket and URL connection asks the default ProxySelector which proxy to
        // take before it connects, so a selector that notes each question sees every attempt. What
        // it cannot see (name lookups, NIO channels) no code of bconf can reach: ArchitectureTest.
        Recorder recorder = new Recorder();
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(recorder);
        try {
            selfTest(recorder);
            runEverything();
        } finally {
            ProxySelector.setDefault(previous);
        }

        assertThat(recorder.asked).isEmpty();
    }

    /** The recorder does see a connection, one to a port on this machine opened here. */
    private static void selfTest(Recorder recorder) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket server = new ServerSocket(0, 1, loopback); Socket client = new Socket()) {
            client.connect(new InetSocketAddress(loopback, server.getLocalPort()), 2_000);
        }
        assertThat(recorder.asked).as("connections the recorder saw").isNotEmpty();
        recorder.asked.clear();
    }

    @Test
    void nothingIsWrittenIntoTheConfigurationTree() throws Exception {
        Map<String, String> before = snapshot(tree);

        runEverything();

        assertThat(snapshot(tree)).isEqualTo(before);
    }

    /** Every command in every format, to standard output and to a file outside the tree. */
    private void runEverything() {
        List<List<String>> runs = CliRun.everyAnalysingRun(tree);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(6);
        for (int i = 0; i < runs.size(); i++) {
            List<String> args = runs.get(i);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.code()).as("exit code of %s: %s", args, run.err()).isIn(0, 1);
            List<String> toFile = new ArrayList<>(args);
            toFile.addAll(List.of("-o", reports.resolve("report" + i).toString()));
            assertThat(CliRun.of(toFile.toArray(String[]::new)).code()).isIn(0, 1);
        }
    }

    /** Every file and folder below {@code root} with its size, time of change and permissions. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> seen = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                seen.put(root.relativize(p).toString(), a.size() + " " + a.lastModifiedTime().toMillis() + " "
                        + Files.getPosixFilePermissions(p));
            }
        }
        return seen;
    }

    /** Notes every connection that asks for a proxy, and lets none through a proxy. */
    private static final class Recorder extends ProxySelector {
        final List<URI> asked = new CopyOnWriteArrayList<>();

        @Override
        public List<Proxy> select(URI uri) {
            asked.add(uri);
            return List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            // Nothing to do: the test fails on the question already.
        }
    }
}
