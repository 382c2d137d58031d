package dev.bconf.syntax;

import static dev.bconf.syntax.Fixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How text splits into statements and keywords (dialect.md §1.5, §1.6). */
class LexicalTest {

    @Test
    void semicolonEndsAStatementLikeANewline() {
        ResourceNode client = only(parse("Client { Name = web1-fd; Address = web1.example.com; Password = x; }\n"));

        assertThat(Fixtures.directiveNames(client)).containsExactly("Name", "Address", "Password");
        assertThat(client.directives()).extracting(d -> d.tokens().size()).containsOnly(1);
    }

    @Test
    void hashInsideQuotesIsText() {
        ConfigReader.ParsedText parsed = parse("Job {\n  Description = \"Backup #1 of web1\" # nightly\n}\n");

        assertThat(only(parsed).directive("Description").orElseThrow().tokens())
                .extracting(ValueToken::text).containsExactly("Backup #1 of web1");
        assertThat(parsed.file().comments()).extracting(Comment::text).containsExactly(" nightly");
        assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void hashEndsAnUnquotedWord() {
        ResourceNode client = only(parse("Client {\n  Name = web1#-fd\n}\n"));

        assertThat(client.directive("Name").orElseThrow().tokens()).extracting(ValueToken::text)
                .containsExactly("web1");
    }

    @Test
    void keywordsIgnoreBlanksAndCase() {
        ResourceNode client = only(parse("""
                CLIENT {
                  Heartbeat Interval = 60
                  maximumconcurrentjobs = 5
                  H e a r t b e a t Interval = 30
                }
                """));
        List<DirectiveNode> directives = client.directives();

        assertThat(client.type().is("Client")).isTrue();
        assertThat(directives.get(0).keyword().is("HeartbeatInterval")).isTrue();
        assertThat(directives.get(1).keyword().is("Maximum Concurrent Jobs")).isTrue();
        assertThat(directives.get(2).keyword().folded()).isEqualTo("heartbeatinterval");
        assertThat(directives.get(0).keyword().written()).isEqualTo("Heartbeat Interval");
    }

    @Test
    void resourceTypesIgnoreBlanksToo() {
        ResourceNode fileSet = only(parse("File Set {\n  Name = Full\n}\n"));

        assertThat(fileSet.type().name()).isEqualTo("FileSet");
        assertThat(fileSet.type().written()).isEqualTo("File Set");
    }

    @Test
    void equalsMayStandOnTheNextLine() {
        ConfigReader.ParsedText parsed = parse("Client {\n  Name = web1-fd\n  Address\n    = web1.example.com\n}\n");

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(Fixtures.value(only(parsed), "Address")).hasValue("web1.example.com");
    }

    private static ResourceNode only(ConfigReader.ParsedText parsed) {
        assertThat(parsed.file().resources()).hasSize(1);
        return parsed.file().resources().get(0);
    }
}
