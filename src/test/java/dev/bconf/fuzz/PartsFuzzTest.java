package dev.bconf.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.syntax.internal.FileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A file parsed in parts reads exactly as it reads parsed whole, whatever it holds: broken
 * braces, includes, strings across lines. The sizes are made small here, so that every input
 * is cut, into parts as small as one statement.
 */
@AddLifecycleHook(FuzzBudget.class)
class PartsFuzzTest {

    @Property
    void piecesOfTheDialectReadTheSameInParts(@ForAll(supplier = Dialect.SoupTrees.class) ConfigTree tree,
            @ForAll @IntRange(min = 1, max = 64) int partWeight) throws IOException {
        assertSameInParts(tree, partWeight);
    }

    @Property
    void catalogueShapedConfigsReadTheSameInParts(@ForAll(supplier = Dialect.CatalogueShapedTrees.class) ConfigTree tree,
            @ForAll @IntRange(min = 1, max = 64) int partWeight) throws IOException {
        assertSameInParts(tree, partWeight);
    }

    @Property
    void damagedFixturesReadTheSameInParts(@ForAll(supplier = Dialect.DamagedFixtures.class) ConfigTree tree,
            @ForAll @IntRange(min = 1, max = 64) int partWeight) throws IOException {
        assertSameInParts(tree, partWeight);
    }

    private static void assertSameInParts(ConfigTree tree, int partWeight) throws IOException {
        Path dir = Files.createTempDirectory("bconf-parts");
        try {
            tree.writeTo(dir);
            Path main = dir.resolve(tree.mainFile());
            FileParser.Result whole = new FileParser(dir, Optional.empty(), Integer.MAX_VALUE, 1).parse(main);
            FileParser.Result inParts = new FileParser(dir, Optional.empty(), 1, partWeight).parse(main);

            assertThat(inParts.file()).isEqualTo(whole.file());
            assertThat(inParts.findings()).containsExactlyInAnyOrderElementsOf(whole.findings());
        } finally {
            Pipeline.delete(dir);
        }
    }
}
