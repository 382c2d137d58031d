package dev.bconf.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Whatever the bytes, reading a configuration and everything after it gives findings, never
 * an exception, a hang or a stack overflow, and every finding points into its file.
 */
@AddLifecycleHook(FuzzBudget.class)
class ReaderFuzzTest {

    @Property
    void noiseGivesFindings(@ForAll("noise") ConfigTree tree) {
        Pipeline.check(tree);
    }

    @Property
    void piecesOfTheDialectGiveFindings(@ForAll(supplier = Dialect.SoupTrees.class) ConfigTree tree) {
        Pipeline.check(tree);
    }

    @Property
    void catalogueShapedConfigsGiveFindings(@ForAll(supplier = Dialect.CatalogueShapedTrees.class) ConfigTree tree) {
        Pipeline.check(tree);
    }

    @Property
    void damagedFixturesGiveFindings(@ForAll(supplier = Dialect.DamagedFixtures.class) ConfigTree tree) {
        Pipeline.check(tree);
    }

    @Provide
    Arbitrary<ConfigTree> noise() {
        return net.jqwik.api.Combinators.combine(Dialect.topFile(), Dialect.noise()).as(ConfigTree::single);
    }
}
