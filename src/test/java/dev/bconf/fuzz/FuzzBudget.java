package dev.bconf.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How long the fuzz properties run. The unit tests take a few hundred tries with a fixed seed,
 * so that a failure there is the same failure on every machine; {@code scripts/fuzz.sh} sets
 * {@code -Dbconf.fuzz.tries=N} and {@code -Dbconf.fuzz.seed=random} (or a seed to replay).
 */
public final class FuzzBudget implements AroundPropertyHook {

    static final int DEFAULT_TRIES = 300;
    static final String DEFAULT_SEED = "20261126";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        int tries = Integer.getInteger("bconf.fuzz.tries", DEFAULT_TRIES);
        String seed = System.getProperty("bconf.fuzz.seed", DEFAULT_SEED);
        context.attributes().setTries(tries);
        if (!seed.equals("random")) {
            context.attributes().setSeed(seed);
        }
        return property.execute();
    }

    /** Registered on a test class, it applies to the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    /** Outermost, so that the attributes are set before the property starts generating. */
    @Override
    public int aroundPropertyProximity() {
        return -100;
    }
}
