/**
 * Rules and how their findings are filtered: rule policy (disable, enable, severities) and
 * inline suppression comments.
 */
package dev.bconf.lint;
