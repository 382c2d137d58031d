package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Syntax trees as indented text, for comparing two readings of a configuration. Keywords are
 * shown the way Bareos compares them (blanks dropped, lower case); quoted values keep their
 * quotes because Bareos reads {@code "123"} and {@code 123} differently. Positions are left
 * out unless asked for, since equivalent spellings differ in layout.
 */
final class TreeText {

    private final boolean positions;
    private final StringBuilder out = new StringBuilder();

    private TreeText(boolean positions) {
        this.positions = positions;
    }

    static String of(List<ResourceNode> resources) {
        return new TreeText(false).resources(resources);
    }

    /** With each element's file name, line and column, for readings that must agree on positions too. */
    static String withPositions(List<ResourceNode> resources) {
        return new TreeText(true).resources(resources);
    }

    private String resources(List<ResourceNode> resources) {
        for (ResourceNode r : resources) {
            line(0, r.type().folded() + " {" + at(r.span()));
            statements(1, r.body());
            line(0, "}");
        }
        return out.toString();
    }

    private void statements(int depth, List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof DirectiveNode d) {
                line(depth, d.keyword().folded() + at(d.keyword().span()) + " = " + values(d.value()));
            } else if (s instanceof BlockNode b) {
                line(depth, b.keyword().folded() + " {" + at(b.span()));
                statements(depth + 1, b.body());
                line(depth, "}");
            } else if (s instanceof CommandInclude c) {
                line(depth, "@" + c.command() + at(c.span()));
            }
        }
    }

    private String values(List<ValuePart> parts) {
        return parts.stream().map(this::value).collect(Collectors.joining(" "));
    }

    private String value(ValuePart part) {
        if (part instanceof ValueToken t) {
            String text = t.kind() == TokenKind.QUOTED ? '"' + t.text() + '"' : t.text();
            return text + at(t.span());
        }
        ValueBlock block = (ValueBlock) part;
        TreeText inner = new TreeText(positions);
        inner.statements(0, block.statements());
        return "{ " + inner.out.toString().strip().replace("\n", "; ") + " }";
    }

    private String at(SourceSpan span) {
        return positions
                ? "@" + span.file().getFileName() + ":" + span.line() + ":" + span.column() + "-" + span.endLine() + ":"
                        + span.endColumn()
                : "";
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
