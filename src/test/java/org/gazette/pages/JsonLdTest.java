package org.gazette.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON-LD printed inside a {@code <script>} element cannot end it, and reads back as written. */
class JsonLdTest {

    static final String TEXT = "</script><!-- & \u2028\u2029 𠀀😀 \"引号\"";

    @Test
    void escapesWhatCouldEndTheScriptElement() {
        String json = JsonLd.write(Map.of("name", TEXT)).html();

        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003C/script\\u003E", "\\u2028", "\\u2029");
    }

    @Test
    void readsBackAsWritten() throws Exception {
        String json = JsonLd.write(Map.of("name", TEXT)).html();

        assertThat(new ObjectMapper().readTree(json).path("name").asText()).isEqualTo(TEXT);
    }
}
