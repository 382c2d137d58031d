// Structure of a Bareos configuration (see ../shared/spec/dialect.md §4).
//
// Generic on purpose: resources hold statements, a statement is either
// `Keyword = value` or `Keyword { ... }`, and a value is the run of tokens up to the
// end of its line, possibly holding braced blocks (Addresses, RunScript written with
// `=`, ...). Which keywords exist and how a value reads is the catalogue's business.
// BOM, COMMAND_INCLUDE and FIRST_WORD are placed in the token stream by the include expander.
// FIRST_WORD is a word that may start a statement: the first of its line, or one right after
// `;`, `{`, `}`, a byte-order mark or a command include. Any other word can only continue a
// value, which keeps the decision where a value ends one token deep: were every word a
// possible keyword, the parser would look ahead to the end of the line at each word of a
// value, and a line of many words would cost time quadratic in its length.
parser grammar BareosParser;

options { tokenVocab = BareosLexer; }

tokens { BOM, COMMAND_INCLUDE, FIRST_WORD }

config    : strayAtTop? ( eol strayAtTop? | BOM | COMMAND_INCLUDE | resource | strayTop )* EOF ;

// A missing `}` at the end of the file is matched, not recovered from, so that the
// rest of the tree stays as written and the finding names the open resource.
resource  : keyword eol* LBRACE body close ;

close     : RBRACE | EOF ;

body      : stray? ( eol stray? | statement | markStray )* ;

// Error productions: text Bareos rejects, matched so that the tree builder can say
// precisely what is wrong and parsing goes on at the next line. A stray symbol is one
// where a statement should start: at the start of a line or a block. Anywhere else it
// can only continue the value before it; letting a stray start there too made the
// parser look ahead to the end of the line at every `=`, `,` or quoted string of a
// value, and once a syntax error sent it to full-context prediction, to the end of the
// file: a line of 8,000 commas then took minutes.
strayTop  : keyword eol* EQUALS value         # directiveOutsideResource
          | RBRACE                            # extraClosingBrace
          | keyword eol+                      # typeWithoutBrace
          ;

strayAtTop : straySymbol valueItem* ;

stray     : straySymbol valueItem* ;

// A byte-order mark is no value, so it ends the one before it wherever it stands.
markStray : BOM valueItem* ;

straySymbol : QUOTED | COMMA | EQUALS | LBRACE ;

statement : keyword eol* EQUALS value         # assignment
          | keyword eol* LBRACE body close    # block
          | COMMAND_INCLUDE                   # commandInclude
          ;

value     : eol* valueItem* ;

valueItem : WORD
          | FIRST_WORD
          | QUOTED
          | UNTERMINATED
          | COMMA
          | EQUALS
          | COMMAND_INCLUDE
          | LBRACE body close
          ;

keyword   : FIRST_WORD WORD* ;

eol       : NEWLINE | SEMICOLON ;
