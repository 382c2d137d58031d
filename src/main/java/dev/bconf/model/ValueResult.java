package dev.bconf.model;

import dev.bconf.syntax.ValuePart;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one directive's value gave.
 *
 * @param value    what Bareos stores, empty when Bareos refuses the value
 * @param problems everything worth telling about the value, errors and warnings, in
 *                 reading order
 * @param unread   the parts after the value that Bareos does not treat as part of it but
 *                 reads as the start of another directive (ADDRESS, PORT and list values
 *                 do not skip the rest of their line); empty in the usual case
 */
public record ValueResult(Optional<Value> value, List<ValueProblem> problems, List<ValuePart> unread) {

    public ValueResult {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        unread = List.copyOf(unread);
        if (value.isEmpty() && problems.stream().noneMatch(ValueProblem::isError)) {
            throw new IllegalArgumentException("a refused value needs an error saying why");
        }
    }

    /** True when Bareos refuses the value, or the configuration because of how it is written. */
    public boolean rejected() {
        return problems.stream().anyMatch(ValueProblem::isError);
    }

    /** The first error, the one Bareos would stop at. */
    public Optional<ValueProblem> firstError() {
        return problems.stream().filter(ValueProblem::isError).findFirst();
    }
}
