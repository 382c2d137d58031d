package dev.bconf.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input on a watch: on its own thread with half the stack a JVM thread gets by
 * default, so that what passes here passes in a real run with room to spare, and with a time
 * limit, so that a hang fails the property instead of the build.
 */
final class Guard {

    /** Far above what any input takes (milliseconds), low enough to catch a quadratic blow-up. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** The JVM's default thread stack on 64-bit Linux is 1 MiB. */
    static final long STACK_BYTES = 512 * 1024;

    private Guard() {
    }

    static <T> T run(String what, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "fuzz-guard", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError(what + " did not finish within " + TIME_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError(what + " threw " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
