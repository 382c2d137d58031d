package dev.bconf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values inside FileSet Include and Options blocks (dialect.md §4.2, §5.3). */
class FileSetValuesTest {

    private static String inOptions(String line) {
        String config = "FileSet {\n  Name = fs\n  Include {\n    Options {\n      " + line + "\n    }\n"
                + "    File = /etc\n  }\n}\n";
        Values.Found f = Values.lastDirective(config, Optional.of(line.substring(0, line.indexOf('=')).strip()));
        Datatype datatype = Datatype.inBlock("Options", f.directive().keyword().name()).orElseThrow();
        return Values.outcome(ValueParser.parse(datatype, f.directive(), f.context()));
    }

    private static String inInclude(String line) {
        String config = "FileSet {\n  Name = fs\n  Include {\n    " + line + "\n  }\n}\n";
        Values.Found f = Values.lastDirective(config, Optional.of(line.substring(0, line.indexOf('=')).strip()));
        Datatype datatype = Datatype.inBlock("Include", f.directive().keyword().name()).orElseThrow();
        return Values.outcome(ValueParser.parse(datatype, f.directive(), f.context()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            OneFS = yes                   | option OneFS=yes
            One FS = NO                   | option OneFS=NO
            OneFS = true                  | reject: Expected a FileSet option keyword, got: true:
            OneFS = 1                     | reject: Expected a FileSet option keyword, got: 1:
            OneFS = on                    | reject: Expected a FileSet option keyword, got: on:
            OneFS = no,                   | option OneFS=no
            Compression = GZIP            | option Compression=GZIP
            Compression = lz4hc           | option Compression=lz4hc
            Compression = gzip10          | reject: Expected a FileSet option keyword, got: gzip10:
            Compression = GZIP 9          | option Compression=GZIP +TRAILING_TEXT_IGNORED
            Signature = xxh128            | option Signature=xxh128
            Signature = sha3              | reject: Expected a FileSet option keyword, got: sha3:
            Verify = pins5                | option Verify=pins5
            Verify = pinx                 | reject: Illegal verify option x, got option string: pinx:
            Accurate = mcsA               | option Accurate=mcsA
            Verify = A                    | reject: Illegal verify option A, got option string: A:
            BaseJob = pmugcs5             | option BaseJob=pmugcs5
            BaseJob = pmx                 | reject: Illegal base job option x, got option string: pmx:
            Strip Path = 2                | option StripPath=2
            StripPath = -1                | reject: Expected a strip path positive integer, got: -1:
            Size = <10k                   | option Size=<10k
            Size = 10k-1g                 | option Size=10k-1g
            Size = 10kb                   | option Size=10kb
            Size = 10b                    | reject: Expected a parseable size, got: 10b:
            Shadowing = localwarn         | option Shadowing=localwarn
            Shadowing = everything        | reject: Expected a FileSet option keyword, got: everything:
            Replace = always              | option Replace=always
            Replace = ifolder             | reject: Expected a FileSet option keyword, got: ifolder:
            Regex = "[a-z]+\\.tmp$"        | text [a-z]+.tmp$
            Regex = "[unclosed"           | reject: Regex compile error. ERR=Unmatched [, [^, [:, [., or [=
            Regex Dir = "(ab"             | reject: Regex compile error. ERR=Unmatched ( or \\(
            Regex File = "*a"             | reject: Regex compile error. ERR=Invalid preceding regular expression
            'Regex = "a{1,2}b|c)"'        | 'text a{1,2}b|c)'
            Regex = "a{2,1}"              | reject: Regex compile error. ERR=Invalid content of \\{\\}
            Regex = "[[:alpha:]]"         | text [[:alpha:]]
            Regex = "[[:letter:]]"        | reject: Regex compile error. ERR=Invalid character class name
            Regex = "[z-a]"               | reject: Regex compile error. ERR=Invalid range end
            Regex = "a\\\\"               | reject: Regex compile error. ERR=Trailing backslash
            Regex = "(a)\\\\2"            | reject: Regex compile error. ERR=Invalid back reference
            Wild = "*.tmp"                | text *.tmp
            Wild Dir = /tmp/*             | text /tmp/*
            Wild = 5                      | reject: Expected a wild-card string, got: 5
            FsType = ext4                 | text ext4
            DriveType = fixed             | text fixed
            Meta = tag                    | text tag
            Plugin = "python:module=x"    | text python:module=x
            """)
    void optionValues(String line, String expected) {
        assertThat(inOptions(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            File = /etc                        | text /etc
            File = "C:/Program Files"          | text C:/Program Files
            File = C:\\data                    | reject: Backslash found. Use forward slashes or quote the string.: C:\\data
            File = "C:\\\\data"                 | text C:\\data
            File = 123                         | reject: Expected a filename, got: 123
            File =\\n      /var              | text /var
            File = "\\\\</etc/list"             | text \\</etc/list
            Plugin = "bpipe:file=/x"           | text bpipe:file=/x
            Plugin = C:\\x                     | reject: Backslash found. Use forward slashes or quote the string.: C:\\x
            Exclude Dir Containing = .nobackup | text .nobackup
            """)
    void includeItems(String line, String expected) {
        assertThat(inInclude(line.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
