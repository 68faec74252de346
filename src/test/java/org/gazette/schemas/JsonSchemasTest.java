package org.gazette.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.content.FrontMatter;
import org.gazette.content.SourceText;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.DataFile;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in {@code .vscode/schemas/} are what {@link JsonSchemas} generates from the
 * content model, and they accept every real document and data file of the sample site while
 * rejecting broken ones, which the build's readers reject too.
 */
class JsonSchemasTest {

    private static final Path FOLDER = TestSite.REPOSITORY.resolve(".vscode/schemas");
    private static final String REGENERATE = "the content model changed: regenerate the schemas with "
            + "`java -jar target/gazette.jar schemas` (after `mvn -o -q package -DskipTests`) and commit .vscode/schemas/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    @TempDir
    static Path sites;

    private static JsonSchema schema(String name) throws IOException {
        return FACTORY.getSchema(Files.readString(FOLDER.resolve(name)));
    }

    private static Set<ValidationMessage> validate(String schema, String yaml) throws IOException {
        return schema(schema).validate(YAML.readTree(yaml));
    }

    @Test
    void theCommittedSchemasAreExactlyTheGeneratedOnes() throws IOException {
        Map<String, String> generated = new JsonSchemas().files();

        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(FOLDER.resolve(file.getKey())).as(REGENERATE).exists();
            assertThat(Files.readString(FOLDER.resolve(file.getKey()))).as(REGENERATE + " (" + file.getKey() + ")")
                    .isEqualTo(file.getValue());
        }
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .as("schemas no longer generated: delete them").containsExactlyInAnyOrderElementsOf(generated.keySet());
        }
    }

    @Test
    void vsCodeSettingsMapEachDataFileToItsSchema() throws IOException {
        JsonNode schemas = new ObjectMapper().readTree(FOLDER.resolveSibling("settings.json").toFile()).get("yaml.schemas");

        for (DataFile file : ContentModel.DATA_FILES) {
            String schema = ".vscode/schemas/" + JsonSchemas.schemaName(file);
            assertThat(schemas.get(schema)).as(schema).isNotNull();
            assertThat(schemas.get(schema)).extracting(JsonNode::asText).containsExactly("data/" + file.name());
            assertThat(TestSite.REPOSITORY.resolve(schema)).exists();
        }
    }

    @Test
    void everyDocumentOfTheSampleSiteValidates() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.walk(TestSite.REPOSITORY.resolve("content"))) {
            documents = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(documents).hasSizeGreaterThan(5);
        for (Path document : documents) {
            String path = TestSite.REPOSITORY.resolve("content").relativize(document).toString().replace('\\', '/');
            String schema = path.startsWith("notices/") || path.startsWith("plans/") ? JsonSchemas.DOCUMENT : JsonSchemas.PAGE;
            String yaml = FrontMatter.split(SourceText.read(document)).yaml();

            assertThat(validate(schema, yaml)).as(path).isEmpty();
        }
    }

    @Test
    void everyDataFileOfTheSampleSiteValidates() throws IOException {
        for (String name : List.of("site", "agencies", "campaigns", "contacts")) {
            String yaml = Files.readString(TestSite.REPOSITORY.resolve("data/" + name + ".yaml"));

            assertThat(validate(name + ".schema.json", yaml)).as(name).isEmpty();
        }
    }

    @Test
    void theTestSitesDataValidatesToo() throws IOException {
        assertThat(validate("site.schema.json", TestSite.SITE_YAML)).isEmpty();
        assertThat(validate("agencies.schema.json", TestSite.AGENCIES_YAML)).isEmpty();
        assertThat(validate("campaigns.schema.json", TestSite.CAMPAIGNS_YAML)).isEmpty();
        assertThat(validate("contacts.schema.json", TestSite.CONTACTS_YAML)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "date: 2022-05-24\nagencies: [kjj]\n",
        "title: 通知\ndate: 2022年5月24日\nagencies: [kjj]\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\ntitel: 通知\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\nstatus: 草稿\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [县科技局]\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\nschedule:\n  - title: 讲座\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\nschedule:\n  - title: 讲座\n    start: 5月24日\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\ncontacts:\n  - ref: wang\n    phone: \"0955-1\"\n",
        "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\nattachments:\n  - title: 附件\n    url: www.example.gov.cn\n",
        "title: 通知\n",
    })
    void aBrokenFrontMatterDoesNotValidateAndTheReaderRejectsItToo(String yaml) throws IOException {
        TestSite site = TestSite.in(sites.resolve("site" + Math.abs(yaml.hashCode())));
        site.write("content/notices/a.md", "---\n" + yaml + "---\n");

        assertThat(validate(JsonSchemas.DOCUMENT, yaml)).isNotEmpty();
        assertThat(site.read("content/notices/a.md").problems()).isNotEmpty();
    }

    @Test
    void anOptionalFieldLeftEmptyIsAbsentAsForTheReaderButARequiredOneIsMissing() throws IOException {
        assertThat(validate(JsonSchemas.DOCUMENT, "title: 通知\ndate: 2022-05-24\nagencies: [kjj]\nsummary:\nstatus:\nwritten:\n"))
                .isEmpty();
        assertThat(validate(JsonSchemas.DOCUMENT, "title:\ndate: 2022-05-24\nagencies: [kjj]\n")).isNotEmpty();
        assertThat(validate("agencies.schema.json", "kjj:\n  name: 某县科学技术局\n  short_name:\n")).isEmpty();
    }

    @Test
    void aPageNeedsOnlyItsTitle() throws IOException {
        assertThat(validate(JsonSchemas.PAGE, "title: 关于本站\n")).isEmpty();
        assertThat(validate(JsonSchemas.PAGE, "date: 2022-05-24\n")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "site.schema.json|title: 网站\npublisher: 科技局\n",
        "site.schema.json|title: 网站\npublisher: 科技局\nbase_url: kjj.example.gov.cn\n",
        "site.schema.json|title: 网站\npublisher: 科技局\nbase_url: https://kjj.example.gov.cn\nnavigation:\n  - title: 首页\n",
        "agencies.schema.json|科技局:\n  name: 某县科学技术局\n",
        "agencies.schema.json|kjj:\n  short_name: 县科技局\n",
        "agencies.schema.json|kjj:\n  name: 某县科学技术局\n  phone_number: \"0955-8812005\"\n",
        "campaigns.schema.json|sci-week-2022:\n  name: 科技活动周\n  year: 二〇二二\n",
        "campaigns.schema.json|sci-week-2022:\n  name: 科技活动周\n  start: 2022/05/21\n",
        "contacts.schema.json|wang:\n  org: 某县科学技术局\n",
    })
    void aBrokenDataFileDoesNotValidate(String schemaAndYaml) throws IOException {
        String[] parts = schemaAndYaml.split("\\|", 2);

        assertThat(validate(parts[0], parts[1])).isNotEmpty();
    }
}
