// Structure of a Bareos configuration (see ../shared/spec/dialect.md §4).
//
// Generic on purpose: resources hold statements, a statement is either
// `Keyword = value` or `Keyword { ... }`, and a value is the run of tokens up to the
// end of its line, possibly holding braced blocks (Addresses, RunScript written with
// `=`, ...). Which keywords exist and how a value reads is the catalogue's business.
// BOM and COMMAND_INCLUDE are placed in the token stream by the include expander.
parser grammar BareosParser;

options { tokenVocab = BareosLexer; }

tokens { BOM, COMMAND_INCLUDE }

config    : ( eol | BOM | COMMAND_INCLUDE | resource | strayTop )* EOF ;

// A missing `}` at the end of the file is matched, not recovered from, so that the
// rest of the tree stays as written and the finding names the open resource.
resource  : keyword eol* LBRACE body close ;

close     : RBRACE | EOF ;

body      : ( eol | statement | stray )* ;

// Error productions: text Bareos rejects, matched so that the tree builder can say
// precisely what is wrong and parsing goes on at the next line.
strayTop  : keyword eol* EQUALS value         # directiveOutsideResource
          | RBRACE                            # extraClosingBrace
          | straySymbol valueItem*            # strayAtTop
          | keyword eol+                      # typeWithoutBrace
          ;

stray     : straySymbol valueItem* ;

straySymbol : QUOTED | COMMA | EQUALS | BOM | LBRACE ;

statement : keyword eol* EQUALS value         # assignment
          | keyword eol* LBRACE body close    # block
          | COMMAND_INCLUDE                   # commandInclude
          ;

value     : eol* valueItem* ;

valueItem : WORD
          | QUOTED
          | UNTERMINATED
          | COMMA
          | EQUALS
          | COMMAND_INCLUDE
          | LBRACE body close
          ;

keyword   : WORD+ ;

eol       : NEWLINE | SEMICOLON ;
