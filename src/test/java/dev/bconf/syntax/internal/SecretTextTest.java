package dev.bconf.syntax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bconf.discover.DaemonKind;
import dev.bconf.model.Datatype;
import dev.bconf.schema.BareosVersion;
import dev.bconf.schema.Catalogue;
import dev.bconf.schema.DirectiveSchema;
import dev.bconf.schema.ResourceSchema;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax layer's list of password keywords, held to the catalogue it cannot see. */
class SecretTextTest {

    @Test
    void theKeywordsAreThePasswordDirectivesOfEveryDaemonAndVersion() {
        Set<String> passwords = new TreeSet<>();
        for (BareosVersion version : Catalogue.versions()) {
            for (DaemonKind kind : DaemonKind.values()) {
                Catalogue.forVersion(kind, version).ifPresent(schema -> {
                    for (ResourceSchema type : schema.resourceTypes()) {
                        for (DirectiveSchema d : type.directives()) {
                            addIfSecret(d, passwords);
                        }
                        type.aliases().forEach(d -> addIfSecret(d, passwords));
                    }
                });
            }
        }
        assertThat(passwords).isNotEmpty().isEqualTo(new TreeSet<>(SecretText.keywords()));
    }

    private static void addIfSecret(DirectiveSchema d, Set<String> passwords) {
        if (Datatype.fromName(d.datatype().name()).map(Datatype::secret).orElse(false)) {
            passwords.add(d.name().toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Password secret            | Password
            pass word  secret          | pass word
            Key Encryption Key x y     | Key Encryption Key
            Password                   | Password
            Password_secret            | Password_secret
            Name web1-fd               | Name web1-fd
            """)
    void aKeywordIsCutAfterThePasswordsName(String written, String shown) {
        assertThat(SecretText.keyword(written)).isEqualTo(shown);
    }
}
