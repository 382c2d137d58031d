package dev.bconf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/bconf}, the launcher: which java it runs and which class archive it keeps. A copy
 * of it runs beside a stand-in jar, with a stand-in JDK whose {@code java} only writes down how
 * it was called and makes the archive files a real one would.
 */
class LauncherTest {

    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$*" >> "${0%/bin/java}/calls.log"
            mode=""
            for a in "$@"; do
              case "$a" in -XX:AOTMode=*) mode="${a#*=}" ;; esac
            done
            for a in "$@"; do
              case "$a" in
                -XX:AOTConfiguration=*) [ "$mode" = record ] && : > "${a#*=}" ;;
                -XX:AOTCache=*) [ "$mode" = create ] && : > "${a#*=}" ;;
                -XX:ArchiveClassesAtExit=*) : > "${a#*=}" ;;
              esac
            done
            exit 0
            """;

    @TempDir
    Path dir;

    private Path launcher;
    private Path jar;

    @BeforeEach
    void copyLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
        launcher = dir.resolve("bin/bconf");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("bin/bconf"), launcher);
        jar = dir.resolve("target/bconf.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "stand-in");
    }

    @Test
    void withoutAJavaItSaysSoAndExitsAsAnInternalError() throws Exception {
        Run run = launch(dir.resolve("no-such-jdk"));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stderr()).contains("cannot run " + dir.resolve("no-such-jdk/bin/java"))
                .contains("JAVA_HOME");
    }

    @Test
    void onJava24OrNewerItKeepsAnAheadOfTimeCache() throws Exception {
        Path jdk = fakeJdk("jdk25", "25.0.3");

        Run run = launch(jdk);

        assertThat(run.exitCode()).isZero();
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).contains("-XX:AOTMode=record", "check --fail-on never");
        assertThat(calls.get(1)).contains("-XX:AOTMode=create");
        assertThat(calls.get(2)).containsPattern("-XX:AOTCache=\\S*/target/bconf-\\d+\\.aot -jar \\S*bconf.jar --version$")
                .doesNotContain("SharedArchiveFile");
        try (Stream<Path> kept = Files.list(jar.getParent())) {
            assertThat(kept.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.startsWith("bconf-")).singleElement().asString().endsWith(".aot");
        }
    }

    @Test
    void onOlderJavaItKeepsAClassDataSharingArchive() throws Exception {
        Path jdk = fakeJdk("jdk17", "17.0.15");

        Run run = launch(jdk);

        assertThat(run.exitCode()).isZero();
        List<String> calls = calls(jdk);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).contains("-XX:ArchiveClassesAtExit=");
        assertThat(calls.get(1)).containsPattern("-XX:SharedArchiveFile=\\S*/target/bconf-\\d+\\.jsa -jar")
                .doesNotContain("AOT");
    }

    @Test
    void theArchiveIsMadeOnceAndAgainWhenTheJarChanges() throws Exception {
        Path jdk = fakeJdk("jdk25", "25");

        launch(jdk);
        launch(jdk);
        assertThat(calls(jdk)).hasSize(4);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        launch(jdk);
        assertThat(calls(jdk)).hasSize(7);
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path jdk = dir.resolve(name);
        Path java = jdk.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return jdk;
    }

    private static List<String> calls(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("calls.log"));
    }

    private Run launch(Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", launcher.toString(), "--version");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().remove("BCONF_JAVA_OPTS");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stderr);
    }

    private record Run(int exitCode, String stderr) {
    }
}
