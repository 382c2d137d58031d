package dev.bconf;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.RuleInfo;
import java.nio.file.Path;
import java.util.List;

/** Diagnostics reduced to what a test compares: the rule's findings and where they are. */
public final class Findings {

    private Findings() {
    }

    /** The findings of reading (BC0xx), leaving out what the catalogue checks say. */
    public static List<Diagnostic> reading(List<Diagnostic> all) {
        return all.stream().filter(d -> dev.bconf.diagnostic.ReadingRules.ALL.contains(d.rule())).toList();
    }

    public static List<Diagnostic> of(List<Diagnostic> all, RuleInfo rule) {
        return all.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    /**
     * Where each finding of {@code rule} is, as {@code file:line:column} with the file relative
     * to {@code root}, so that expectations read like the fixture tree.
     */
    public static List<String> where(List<Diagnostic> all, RuleInfo rule, Path root) {
        return of(all, rule).stream().map(d -> where(d, root)).toList();
    }

    public static String where(Diagnostic d, Path root) {
        return relative(d.location().file(), root) + ":" + d.location().line() + ":" + d.location().column();
    }

    /** {@code file} relative to {@code root}, with forward slashes. */
    public static String relative(Path file, Path root) {
        Path base = root.toAbsolutePath().normalize();
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
