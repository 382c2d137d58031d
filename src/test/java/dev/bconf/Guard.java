package dev.bconf;

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
public final class Guard {

    /** The JVM's default thread stack on 64-bit Linux is 1 MiB. */
    static final long STACK_BYTES = 512 * 1024;

    private Guard() {
    }

    /**
     * The work's result; an {@link AssertionError} naming {@code what} when it throws, overflows
     * the stack or takes longer than {@code limit}.
     */
    public static <T> T run(String what, Duration limit, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "fuzz-guard", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError(what + " did not finish within " + limit.toSeconds() + " s");
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
