package dev.bconf.syntax.internal;

import dev.bconf.diagnostic.Diagnostic;
import dev.bconf.diagnostic.ReadingRules;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ResourceNode;
import dev.bconf.syntax.Statement;
import dev.bconf.syntax.ValueToken;
import java.util.ArrayList;
import java.util.List;

/**
 * FileSet {@code File = "|command"} and {@code File = "\\|command"} take the file list from a
 * program's output, on the Director or on the client; bconf never runs it, so the list is unknown.
 */
final class CommandValues {

    private CommandValues() {
    }

    static List<Diagnostic> find(ConfigFile file) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceNode r : file.resources()) {
            if (r.type().is("FileSet")) {
                for (Statement s : r.body()) {
                    if (s instanceof BlockNode b && (b.keyword().is("Include") || b.keyword().is("Exclude"))) {
                        fileLists(b, out);
                    }
                }
            }
        }
        return out;
    }

    private static void fileLists(BlockNode block, List<Diagnostic> out) {
        for (Statement s : block.body()) {
            if (s instanceof DirectiveNode d && d.keyword().is("File") && !d.tokens().isEmpty()) {
                ValueToken v = d.tokens().get(0);
                String text = v.text();
                boolean onClient = text.startsWith("\\|");
                if (text.startsWith("|") || onClient) {
                    out.add(Diagnostic.of(ReadingRules.INCLUDE_COMMAND_SKIPPED, v.span(),
                            "This File list comes from running " + text.substring(onClient ? 2 : 1).strip()
                                    + (onClient ? " on the client" : " on the Director")
                                    + " at backup time; bconf never runs commands, so the files it names are not "
                                    + "checked."));
                }
            }
        }
    }
}
