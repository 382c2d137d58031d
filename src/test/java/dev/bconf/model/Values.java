package dev.bconf.model;

import dev.bconf.diagnostic.SourceSpan;
import dev.bconf.syntax.BlockNode;
import dev.bconf.syntax.ConfigFile;
import dev.bconf.syntax.ConfigReader;
import dev.bconf.syntax.DirectiveNode;
import dev.bconf.syntax.ReadOptions;
import dev.bconf.syntax.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads configuration snippets for the tests. */
final class Values {

    private Values() {
    }

    /** A directive found in a snippet, with the context a model builder would give it. */
    record Found(DirectiveNode directive, ValueContext context) {
    }

    /** The last directive named {@code keyword} (any directive when empty), blocks searched too. */
    static Found lastDirective(String config, Optional<String> keyword) {
        ConfigFile file = ConfigReader.readText(Path.of("test.conf"), config, Path.of("."), ReadOptions.defaults())
                .file();
        List<Found> found = new ArrayList<>();
        ValueContext base = ValueContext.none().withComments(file.comments());
        file.resources().forEach(r -> collect(r.body(), r.span(), base, keyword, found));
        if (found.isEmpty()) {
            throw new AssertionError("no directive " + keyword.orElse("") + " in " + config);
        }
        return found.get(found.size() - 1);
    }

    private static void collect(List<Statement> body, SourceSpan span, ValueContext base, Optional<String> keyword,
            List<Found> found) {
        for (Statement s : body) {
            if (s instanceof DirectiveNode d && keyword.map(k -> d.keyword().is(k)).orElse(true)) {
                found.add(new Found(d, base.enclosedBy(span)));
            } else if (s instanceof BlockNode b) {
                collect(b.body(), b.span(), base, keyword, found);
            }
        }
    }
}
