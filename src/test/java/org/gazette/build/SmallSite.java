package org.gazette.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gazette.FixtureFiles;
import org.gazette.validation.BuildFailedException;
import org.gazette.validation.Problem;

/**
 * A site written into a temporary folder for a test: this repository's templates and assets, small
 * data files, and whatever documents and files the test adds.
 */
final class SmallSite {

    static final LocalDate BUILD_DAY = LocalDate.of(2022, 6, 1);

    static final String SITE_YAML = """
            title: 测试站点
            publisher: 测试科技局
            base_url: https://example.gov.cn
            navigation:
              - title: 首页
                url: /
              - title: 联系我们
                url: /contacts/
            """;
    static final String AGENCIES_YAML = """
            big-kjj:
              name: 大县科学技术局
              short_name: 大县科技局
              region: 某省某市大县
              address: 大县人民路1号
              phone: "0955-8812005"
              email: kjj@example.gov.cn
              website: https://kjj.example.gov.cn
            small-kx:
              name: 小县科学技术协会
              short_name: 小县科协
              region: 某省某市小县
            idle-xcb:
              name: 中共闲县县委宣传部
            """;
    static final String CONTACTS_YAML = """
            big-kjj-wang:
              name: 王晶晶
              org: 大县科技局办公室
              role: 科长
              phone: "0955-8812005"
              mobile: "15121892999"
              fax: "0955-8812012"
              email: wang@example.gov.cn
              address: 大县人民路1号403室
            """;

    final Path root;

    private SmallSite(Path root) {
        this.root = root;
    }

    /** A site in {@code folder} with the standard data files and no documents yet. */
    static SmallSite in(Path folder) {
        SmallSite site = new SmallSite(folder);
        FixtureFiles.copyTree(Path.of("templates"), folder.resolve("templates"));
        FixtureFiles.copyTree(Path.of("assets"), folder.resolve("assets"));
        site.text("data/site.yaml", SITE_YAML);
        site.text("data/agencies.yaml", AGENCIES_YAML);
        site.text("data/contacts.yaml", CONTACTS_YAML);
        return site;
    }

    SmallSite text(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    SmallSite bytes(String path, byte[] bytes) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path path(String path) {
        return root.resolve(path);
    }

    BuildResult build(Path output) throws BuildFailedException, IOException {
        return new SiteBuilder().build(BuildOptions.build(root, output).on(BUILD_DAY));
    }

    /** The problems of a check that is expected to fail. */
    List<Problem> problems() {
        try {
            new SiteBuilder().build(BuildOptions.check(root).on(BUILD_DAY));
        } catch (BuildFailedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the check found no problem");
    }

    /** The 1-based line of the first line of {@code path} containing {@code text}. */
    int lineOf(String path, String text) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(path));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " not in " + path);
    }
}
