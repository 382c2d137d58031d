package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;

/** What a resource or block holds: directives, nested blocks and command includes. */
public sealed interface Statement permits DirectiveNode, BlockNode, CommandInclude {
    SourceSpan span();
}
