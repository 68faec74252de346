import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns a Gazette site's documents into the notices of the Hugo anchor site
 * ({@code /work/shared/anchors/hugo-site}, see its README), so both tools build the same notices:
 * {@code java -cp target/gazette.jar bench/ToHugo.java SITE HUGO_SITE}.
 *
 * <p>Every published document (not {@code status: draft}) becomes {@code content/notices/NAME.md} with
 * the front matter the anchor's templates read — title, date, tags (the document's topics), the
 * first agency's full name and the document number — and the document's Markdown body unchanged.
 * It reads the front matter with the Jackson YAML that Gazette itself ships, so any valid corpus
 * converts, not only the generated one.
 */
public final class ToHugo {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java -cp target/gazette.jar bench/ToHugo.java GAZETTE_SITE HUGO_SITE");
            System.exit(2);
        }
        Path site = Path.of(args[0]);
        Path notices = Path.of(args[1]).resolve("content/notices");
        Files.createDirectories(notices);
        Map<?, ?> agencies = YAML.readValue(site.resolve("data/agencies.yaml").toFile(), Map.class);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            sources = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        int written = 0;
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                continue;
            }
            int end = text.indexOf("\n---", 4);
            Map<?, ?> front = YAML.readValue(text.substring(4, end), Map.class);
            if (front == null || "draft".equals(front.get("status")) || front.get("date") == null) {
                continue; // a draft, or a page (about, accessibility) rather than a document
            }
            String body = text.substring(text.indexOf('\n', end + 1) + 1);
            Files.writeString(notices.resolve(name(site, source) + ".md"), hugoFrontMatter(front, agencies) + body, StandardCharsets.UTF_8);
            written++;
        }
        System.out.println(written + " notices written to " + notices);
    }

    /** content/notices/2022/linyi-sci-week/index.md becomes notices-2022-linyi-sci-week. */
    private static String name(Path site, Path source) {
        Path relative = site.resolve("content").relativize(source);
        if (relative.getFileName().toString().equals("index.md")) {
            relative = relative.getParent();
        }
        return relative.toString().replace(".md", "").replace('/', '-');
    }

    private static String hugoFrontMatter(Map<?, ?> front, Map<?, ?> agencies) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(front.get("title"))).append('\n');
        out.append("date: ").append(String.valueOf(front.get("date")).substring(0, 10)).append('\n');
        out.append("type: post\n");
        List<String> tags = new ArrayList<>();
        if (front.get("topics") instanceof List<?> topics) {
            topics.forEach(t -> tags.add(quoted(t)));
        }
        out.append("tags: [").append(String.join(", ", tags)).append("]\n");
        out.append("agency: ").append(quoted(agencyName(front.get("agencies"), agencies))).append('\n');
        out.append("doc_number: ").append(quoted(front.get("doc_number") == null ? "" : front.get("doc_number"))).append('\n');
        return out.append("---\n").toString();
    }

    private static String agencyName(Object ids, Map<?, ?> agencies) {
        Object first = ids instanceof List<?> list && !list.isEmpty() ? list.get(0) : ids;
        return agencies.get(first) instanceof Map<?, ?> agency ? String.valueOf(agency.get("name")) : String.valueOf(first);
    }

    private static String quoted(Object value) {
        try {
            return JSON.writeValueAsString(String.valueOf(value)); // YAML reads a JSON string as it is
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
