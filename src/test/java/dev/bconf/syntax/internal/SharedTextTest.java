package dev.bconf.syntax.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table of shared texts is bounded and global: whatever its state, a text comes back as it went in. */
class SharedTextTest {

    @Test
    void givesBackAnEqualTextBeforeAndAfterTheTableIsFull() {
        for (int i = 0; i < 100_000; i++) {
            String text = "word" + i;
            assertThat(SharedText.of(text)).isEqualTo(text);
            assertThat(SharedText.of(new String(text))).isEqualTo(text);
        }
        String longText = "x".repeat(1_000);
        assertThat(SharedText.of(longText)).isSameAs(longText);
    }
}
