package dev.bconf.syntax;

import dev.bconf.diagnostic.SourceSpan;

/** One element of a directive's value: a token or a braced block. */
public sealed interface ValuePart permits ValueToken, ValueBlock {
    SourceSpan span();
}
