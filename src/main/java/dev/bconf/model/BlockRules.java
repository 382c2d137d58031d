package dev.bconf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What Bareos refuses in FileSet blocks beyond their catalogue: Exclude takes only File. */
final class BlockRules {

    private BlockRules() {
    }

    static List<ValueProblem> check(String owner, String block, List<Directive> directives, List<Block> blocks,
            List<UnknownStatement> unknown) {
        List<ValueProblem> problems = new ArrayList<>();
        if (!block.equalsIgnoreCase("Exclude")) {
            return problems;
        }
        for (Block b : blocks) {
            problems.add(refused(b.span(), "An Options block is not allowed in Exclude; Bareos stops with "
                    + "\"Options section not permitted in Exclude\". Put exclusions as File lines in Exclude, or "
                    + "use `Exclude = yes` in an Options block of the Include.",
                    "Options section not permitted in Exclude"));
        }
        for (Directive d : directives) {
            if (!d.name().equalsIgnoreCase("File")) {
                String bareos = d.name().equalsIgnoreCase("Plugin") ? "Plugin directive not permitted in Exclude"
                        : d.name() + " directive not permitted in Exclude.";
                problems.add(refused(d.span().orElseThrow(), "Only File lines are allowed in Exclude; Bareos stops with \""
                        + bareos + "\". Move " + d.name() + " into the Include block.", bareos));
            }
        }
        return problems;
    }

    private static ValueProblem refused(dev.bconf.diagnostic.SourceSpan span, String message, String bareos) {
        return new ValueProblem(ValueProblem.Kind.INVALID_VALUE, message, Optional.of(bareos), span);
    }
}
