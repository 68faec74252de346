package org.gazette.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.gazette.content.Moment;
import org.gazette.pages.ContactView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the harness reads an example's data and refuses an example that does not fit its component. */
class ComponentHarnessTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    static Path folder;

    static ComponentHarness harness;
    static ComponentExamples deadlines;

    @BeforeAll
    static void setUp() {
        harness = new ComponentHarness(folder, ComponentHarness.DAY);
        deadlines = ComponentHarness.examples("deadlines");
    }

    private static ComponentExamples.Example example(String params) throws Exception {
        Map<String, JsonNode> data = YAML.readerForMapOf(JsonNode.class).readValue(params);
        return new ComponentExamples.Example("test", "a test", List.of(), null, null, null, data, false, List.of());
    }

    @Test
    void readsDatesAndMomentsAsEditorsWriteThem() {
        assertThat(ExampleData.value(YAML.valueToTree("2022-05-24 09:30"), "org.gazette.content.Moment"))
                .isEqualTo(new Moment(LocalDate.of(2022, 5, 24), LocalTime.of(9, 30)));
    }

    @Test
    void makesAContactsViewAsTheBuildDoesPairingEachNumberWithWhatDialsIt() throws Exception {
        Object view = ExampleData.value(YAML.readTree("{contact: {name: 王晶晶, phones: [0955-8812005]}, vcard: contacts/wang.vcf}"),
                "org.gazette.pages.ContactView");

        assertThat(view).isInstanceOf(ContactView.class);
        assertThat(((ContactView) view).phones()).containsExactly(new ContactView.Phone("0955-8812005", "+86-955-8812005"));
    }

    @Test
    void givesAListLeftOutAsEmpty() throws Exception {
        Object view = ExampleData.value(YAML.readTree("{contact: {name: 徐敏}}"), "org.gazette.pages.ContactView");

        assertThat(((ContactView) view).mobiles()).isEmpty();
    }

    @Test
    void refusesAFieldTheTypeDoesNotHave() throws Exception {
        ComponentExamples.Example misspelt = example("items: [{deadline: {title: 报送, due: 2026-06-30, submit_to: 县科技局}}]");

        assertThatThrownBy(() -> ComponentHarness.calls(deadlines, misspelt))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submit_to");
    }

    @Test
    void refusesAParameterTheMacroDoesNotTake() throws Exception {
        assertThatThrownBy(() -> ComponentHarness.calls(deadlines, example("{items: [], level: 2}")))
                .hasMessage("Example test gives level, which macro deadlines does not take");
    }

    @Test
    void refusesAnExampleLeavingOutARequiredParameter() throws Exception {
        assertThatThrownBy(() -> ComponentHarness.calls(deadlines, example("{headingLevel: 2}")))
                .hasMessage("Example test leaves out items, which macro deadlines requires");
    }

    @Test
    void refusesATypeThatNamesNoClass() {
        assertThatThrownBy(() -> ExampleData.javaType("list of org.gazette.pages.NoSuchView"))
                .hasMessageContaining("No Java type org.gazette.pages.NoSuchView");
    }

    @Test
    void rendersAMacroWithJavaValuesOnTheHarnessDay() {
        assertThat(harness.render("time", "date", Map.of("value", LocalDate.of(2022, 5, 24))).html())
                .isEqualTo("<time datetime=\"2022-05-24\">2022年5月24日</time>");
    }
}
