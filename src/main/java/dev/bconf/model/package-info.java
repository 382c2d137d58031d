/**
 * The typed model of a daemon's configuration, starting with its values:
 * {@link dev.bconf.model.ValueParser} reads a directive's value by its catalogue datatype
 * exactly as the Bareos daemons read it, into a {@link dev.bconf.model.Value}, and reports
 * each refusal and surprise as a {@link dev.bconf.model.ValueProblem} tied to a rule.
 * {@link dev.bconf.model.BareosWords} shows the tokens Bareos's own lexer makes of a value.
 */
package dev.bconf.model;
