// Tokens of the Bareos configuration dialect (see ../shared/spec/dialect.md §1).
//
// The lexer is deliberately context-free: it splits the text into words, quoted
// strings and punctuation. Which words Bareos joins (identifier collapse), which
// digits form a number and how a value is read are decided later from the words'
// neighbourhood and the directive's datatype, because Bareos decides them per
// value parser. Whitespace and comments go to their own channels so exact text
// and suppression comments stay reachable.
lexer grammar BareosLexer;

channels { WHITESPACE, COMMENTS }

NEWLINE      : '\r\n' | '\r' | '\n' ;
SEMICOLON    : ';' ;
LBRACE       : '{' ;
RBRACE       : '}' ;
EQUALS       : '=' ;
COMMA        : ',' ;

// Backslash makes the next character literal; newlines may occur inside.
QUOTED       : '"' ( '\\' . | ~["\\] )* '"' ;

// Only reachable when no closing quote follows: the longest match prefers QUOTED.
UNTERMINATED : '"' ( '\\' . | ~["\\] )* '\\'? ;

// `@path`, `@"quoted path"`, `@|command`: the path ends where a word ends, but `=`
// does not end it (lex.cc); a quote switches to a quoted path.
INCLUDE      : '@' INCLUDE_PATH_CHAR* ( '"' ( '\\' . | ~["\\] )* '"' )? ;

WORD         : WORD_START WORD_CHAR* ;

WS           : [ \t\u000B\f]+ -> channel(WHITESPACE) ;
COMMENT      : '#' ~[\r\n]* -> channel(COMMENTS) ;
// Bareos reads line by line with C strings: a NUL ends the line.
NUL_REST     : '\u0000' ~[\r\n]* -> channel(COMMENTS) ;

ERROR_CHAR   : . ;

fragment INCLUDE_PATH_CHAR : ~[ \t\u000B\f\r\n{};,#"\u0000] ;
fragment WORD_START        : ~[ \t\u000B\f\r\n;{}=,"#@\u0000] ;
fragment WORD_CHAR         : ~[ \t\u000B\f\r\n;{}=,"#\u0000] ;
