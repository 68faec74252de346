package org.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.gazette.build.BuildOptions;
import org.gazette.build.BuildResult;
import org.gazette.site.UrlPaths;
import org.gazette.testing.TestSite;
import org.gazette.validation.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gazette serve} seen over HTTP, as a browser sees it: the preview serves the site with the
 * reload script in its pages only, every kind of file with its content type, ranges, HEAD, folder
 * indexes and the site's 404 page; and after an editor edits, adds or deletes a file, or makes and
 * fixes a mistake, the next request shows it.
 */
class PreviewTest {

    static final LocalDate DAY = LocalDate.of(2022, 5, 20);
    static final String BUNDLE = "content/notices/bundle/";
    static final String XLSX = "附件1 统计表.xlsx";
    static final String PDF = "附件2 通知 原文.pdf";

    @TempDir
    Path folder;

    TestSite site;
    Path previewFolder;
    Preview preview;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void startPreview() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", notice("第一号通知", "2022-05-02", "正文甲。"));
        site.write(BUNDLE + XLSX, TestSite.OFFICE_FILE);
        site.write(BUNDLE + PDF, pdf());
        site.write(BUNDLE + "index.md", """
                ---
                title: 带附件的通知
                date: 2022-05-10
                agencies: [kjj]
                schedule:
                  - title: 启动仪式
                    start: 2022-05-24 09:30
                contacts:
                  - ref: wang
                attachments:
                  - title: 附件1：统计表
                    file: 附件1 统计表.xlsx
                  - title: 附件2：通知原文
                    file: 附件2 通知 原文.pdf
                  - title: 开展情况统计表
                    table: true
                ---

                ## 附件3 开展情况统计表

                | 项目 | 数量 |
                |---|---|
                | 举办次数 | 3 |
                """);
        previewFolder = folder.resolve("preview");
        preview = start();
    }

    @AfterEach
    void stopPreview() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void servesPagesWithTheReloadScriptWhichTheFilesOnDiskDoNotHave() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/__gazette/reload.js\" data-version=");
        assertThat(Files.readString(previewFolder.resolve("index.html"))).doesNotContain("__gazette");
        HttpResponse<String> script = get("/__gazette/reload.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript;charset=utf-8");
        assertThat(script.body()).contains("EventSource");
    }

    @Test
    void everyKindOfFileHasItsContentTypeAndChineseNamesWithSpacesWork() throws Exception {
        assertThat(type(fileEndingIn(".ics"))).isEqualTo("text/calendar;charset=utf-8");
        assertThat(type(fileEndingIn(".vcf"))).isEqualTo("text/vcard;charset=utf-8");
        assertThat(type(fileEndingIn(".csv"))).isEqualTo("text/csv;charset=utf-8");
        assertThat(type("notices/bundle/" + XLSX)).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(type("notices/bundle/" + PDF)).isEqualTo("application/pdf");
        assertThat(type(fileEndingIn(".css"))).isEqualTo("text/css;charset=utf-8");
        assertThat(type("feed.xml")).isEqualTo("application/xml;charset=utf-8");
    }

    @Test
    void rangeAndHeadRequestsAreAnsweredAsPdfViewersExpect() throws Exception {
        String pdfPath = "/" + UrlPaths.encode("notices/bundle/" + PDF);
        byte[] whole = Files.readAllBytes(site.path(BUNDLE + PDF));

        HttpResponse<byte[]> part = http.send(request(pdfPath).header("Range", "bytes=0-7").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> head = http.send(request(pdfPath).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 0-7/" + whole.length);
        assertThat(new String(part.body(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(whole.length);
        assertThat(head.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aFolderAddressShowsItsIndexAndAMissingAddressTheSites404Page() throws Exception {
        HttpResponse<String> withoutSlash = get("/notices");
        HttpResponse<String> folderIndex = get("/notices/");
        HttpResponse<String> missing = get("/notices/" + UrlPaths.encode("没有这篇") + "/");
        HttpResponse<String> headOfMissing = http.send(request("/nowhere.html").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutSlash.statusCode()).isEqualTo(301);
        assertThat(withoutSlash.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/notices/"));
        assertThat(folderIndex.statusCode()).isEqualTo(200);
        assertThat(folderIndex.body()).contains("第一号通知", "带附件的通知");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo(new String(PageInjector.inject(
                Files.readAllBytes(previewFolder.resolve("404.html")), version(missing.body())), StandardCharsets.UTF_8));
        assertThat(headOfMissing.statusCode()).isEqualTo(404);
        assertThat(headOfMissing.body()).isEmpty();
    }

    @Test
    void anEditAnAdditionAndADeletionEachShowOnTheNextRequest() throws Exception {
        edit("content/notices/a.md", notice("第一号通知（修订）", "2022-05-02", "正文已修改。"));
        await("/notices/a/", page -> page.body().contains("正文已修改。"));
        assertThat(get("/notices/").body()).contains("第一号通知（修订）");

        edit("content/notices/新 通知.md", notice("新增的通知", "2022-05-12", "新的正文。"));
        String added = "/notices/" + UrlPaths.encode("新 通知") + "/";
        await(added, page -> page.statusCode() == 200 && page.body().contains("新的正文。"));
        assertThat(get("/notices/").body()).contains("新增的通知");

        Files.delete(site.path("content/notices/新 通知.md"));
        await(added, page -> page.statusCode() == 404);
        assertThat(get("/notices/").body()).doesNotContain("新增的通知");
    }

    @Test
    void anEditorSavingThroughATemporaryFileRenamedOverTheNoticeIsSeen() throws Exception {
        Path temporary = site.path("content/notices/.a.md.tmp");
        Files.writeString(temporary, notice("第一号通知", "2022-05-02", "经临时文件保存。"));
        Files.move(temporary, site.path("content/notices/a.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        await("/notices/a/", page -> page.body().contains("经临时文件保存。"));
    }

    @Test
    void aNewFolderWithANoticeInsideIsSeen() throws Exception {
        Path staging = folder.resolve("elsewhere/2023");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("b.md"), notice("二〇二三年的通知", "2022-05-15", "文件夹整个拖进来。"));
        Files.move(staging, site.path("content/notices/2023"));

        await("/notices/2023/b/", page -> page.statusCode() == 200 && page.body().contains("文件夹整个拖进来。"));
    }

    @Test
    void aMistakeKeepsTheLastGoodPagesAndListsItsProblemUntilItIsFixed() throws Exception {
        BlockingQueue<String> events = events();
        String good = get("/notices/a/").body();
        edit("content/notices/a.md", notice("第一号通知", "2022年5月2日", "改坏了。"));

        String problem = "content/notices/a.md:3: date: 日期“2022年5月2日”写成了中文格式，无法识别 —— 写成 2022-05-02（年-月-日）";
        await("/__gazette/problems", page -> page.body().contains(problem));
        assertThat(get("/notices/a/").body()).isEqualTo(good);
        assertThat(nextState(events, state -> state.contains("problems\":[\"content/notices/a.md:3"))).isNotNull();

        edit("content/notices/a.md", notice("第一号通知", "2022-05-02", "改好了。"));
        await("/notices/a/", page -> page.body().contains("改好了。"));
        assertThat(get("/__gazette/problems").body()).doesNotContain("content/notices/a.md").contains("没有发现问题");
        assertThat(nextState(events, state -> state.contains("\"problems\":[]"))).isNotNull();
    }

    @Test
    void openPagesAreToldOfANewVersionAfterAnEdit() throws Exception {
        long served = version(get("/").body());
        BlockingQueue<String> events = events();
        assertThat(nextState(events, state -> state.contains("\"version\":" + served))).isNotNull();

        edit("content/notices/a.md", notice("第一号通知", "2022-05-02", "新版本。"));

        assertThat(nextState(events, state -> !state.contains("\"version\":" + served))).contains("\"problems\":[]");
    }

    @Test
    void aFirstBuildWithMistakesShowsTheProblemsOnEveryPageUntilFixed() throws Exception {
        preview.close();
        site.write("content/notices/a.md", notice("第一号通知", "2022-13-02", "日期错了。"));
        Preview broken = start();
        preview = broken;

        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(503);
        assertThat(home.body()).contains("content/notices/a.md:3: date:", "reload.js");

        edit("content/notices/a.md", notice("第一号通知", "2022-05-02", "日期改好了。"));
        await("/notices/a/", page -> page.statusCode() == 200 && page.body().contains("日期改好了。"));
    }

    @Test
    void aSiteUnderASubPathIsServedUnderIt() throws Exception {
        preview.close();
        site.write("data/site.yaml", TestSite.SITE_YAML.replace("https://kjj.example.gov.cn", "https://www.example.gov.cn/kjj"));
        preview = start();

        HttpResponse<String> root = get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/kjj/"));
        assertThat(preview.address().getPath()).isEqualTo("/kjj/");
        assertThat(get("/kjj/notices/a/").body()).contains("正文甲。");
        assertThat(get("/notices/a/").statusCode()).isEqualTo(404);
    }

    private Preview start() throws Exception {
        return Preview.start(BuildOptions.build(site.root(), previewFolder).on(DAY), "127.0.0.1", 0, new Preview.Listener() {
            @Override
            public void built(BuildResult result, double seconds) {
            }

            @Override
            public void failed(List<Problem> problems, List<Problem> warnings) {
            }

            @Override
            public void broken(String message) {
            }
        });
    }

    /** Writes a source file as an editor's save does. */
    private void edit(String path, String text) throws IOException {
        site.write(path, text);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.address().getPort() + path))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String type(String sitePath) throws Exception {
        HttpResponse<String> response = get("/" + UrlPaths.encode(sitePath));
        assertThat(response.statusCode()).as(sitePath).isEqualTo(200);
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Asks again until the answer is as expected; a rebuild takes a moment after a save. */
    private void await(String path, Predicate<HttpResponse<String>> expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = get(path);
            if (expected.test(last)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("after 20 s, " + path + " still answers " + (last == null ? "nothing"
                : last.statusCode() + ":\n" + last.body()));
    }

    /** The reload event stream, line by line. */
    private BlockingQueue<String> events() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                request("/__gazette/events").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            Thread reader = new Thread(() -> response.body().forEach(lines::add), "test-events");
            reader.setDaemon(true);
            reader.start();
        });
        return lines;
    }

    /** The data of the next {@code state} event that matches, within 20 s; null if none came. */
    private static String nextState(BlockingQueue<String> lines, Predicate<String> matches) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data: ") && matches.test(line)) {
                return line;
            }
        }
        return null;
    }

    private String fileEndingIn(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(previewFolder)) {
            return files.filter(file -> file.toString().endsWith(extension)).sorted().findFirst()
                    .map(file -> previewFolder.relativize(file).toString().replace('\\', '/'))
                    .orElseThrow(() -> new AssertionError("the site has no " + extension + " file"));
        }
    }

    private static long version(String page) {
        int at = page.indexOf("data-version=\"") + "data-version=\"".length();
        return Long.parseLong(page.substring(at, page.indexOf('"', at)));
    }

    private static String notice(String title, String date, String body) {
        return """
                ---
                title: %s
                date: %s
                agencies: [kjj]
                ---

                %s
                """.formatted(title, date, body);
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }
}
