/**
 * Writers: findings as text, JSON, SARIF 2.1.0 and GitHub annotations; the topology as text,
 * JSON, Graphviz DOT and Mermaid; the model as export JSON. Secrets are redacted here.
 */
package dev.bconf.report;
