package org.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette serve} on the command line: where it writes, what it prints, how it fails and stops. */
class ServeCommandTest {

    private static final Path GUIDE = Path.of("docs/editor-guide.md").toAbsolutePath();

    @TempDir
    Path folder;

    TestSite site;

    @BeforeEach
    void createSite() throws Exception {
        site = TestSite.in(folder.resolve("src"));
        site.write("content/notices/a.md", TestSite.NOTICE);
    }

    @Test
    void servesThePreviewFromTargetPreviewLeavesTargetSiteAloneAndStopsCleanly() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger status = new AtomicInteger(-1);
        Thread serving = new Thread(() -> status.set(GazetteCommand.run(
                new String[] {"serve", "--source", site.root().toString(), "--port", "0"},
                new PrintWriter(out, true), new PrintWriter(err, true))));
        serving.start();

        Matcher address = awaitLine(out, Pattern.compile("预览地址：(http://127\\.0\\.0\\.1:(\\d+)/)  （保存文件后页面会自动刷新；按 Ctrl-C 停止）"));
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(site.path("target/preview/index.html")).exists();
        assertThat(site.path("target/site")).doesNotExist();
        assertThat(Files.readString(GUIDE)).as("the editor's guide quotes the line serve prints")
                .contains(address.group(0).replace(":" + address.group(2) + "/", ":1313/"));

        serving.interrupt();
        serving.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(serving.isAlive()).isFalse();
        assertThat(status.get()).isZero();
        assertThat(out.toString()).endsWith("预览已停止。" + System.lineSeparator());
        try (ServerSocket again = new ServerSocket(Integer.parseInt(address.group(2)), 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.isBound()).as("the port is free again").isTrue();
        }
    }

    @Test
    void draftsAndFutureDocumentsAreShownOnlyWhenAskedForAndUnderTheirBanners() throws Exception {
        site.write("content/notices/draft.md", TestSite.NOTICE.replace("title: 通知", "title: 草稿通知\nstatus: draft"));
        site.write("content/notices/later.md", TestSite.NOTICE.replace("title: 通知", "title: 定时通知").replace("2022-05-24", "2099-01-01"));

        try (Serving plain = Serving.start(site, "--port", "0")) {
            assertThat(plain.get("notices/draft/").statusCode()).isEqualTo(404);
            assertThat(plain.get("notices/later/").statusCode()).isEqualTo(404);
        }
        try (Serving preview = Serving.start(site, "--port", "0", "--drafts", "--future")) {
            HttpResponse<String> draft = preview.get("notices/draft/");
            HttpResponse<String> later = preview.get("notices/later/");
            assertThat(draft.statusCode()).isEqualTo(200);
            assertThat(draft.body()).contains("草稿通知", "preview-mark-draft");
            assertThat(later.statusCode()).isEqualTo(200);
            assertThat(later.body()).contains("定时通知", "preview-mark", "2099");
        }
    }

    /** {@code gazette serve} running in a thread of the test, stopped as Ctrl-C stops it. */
    private record Serving(Thread thread, String address) implements AutoCloseable {

        static Serving start(TestSite site, String... options) throws InterruptedException {
            StringWriter out = new StringWriter();
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("serve", "--source", site.root().toString()),
                    java.util.Arrays.stream(options)).toArray(String[]::new);
            Thread thread = new Thread(() -> GazetteCommand.run(args, new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true)));
            thread.start();
            Matcher address = awaitLine(out, Pattern.compile("预览地址：(http://127\\.0\\.0\\.1:\\d+/)"));
            return new Serving(thread, address.group(1));
        }

        HttpResponse<String> get(String path) throws Exception {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(20));
        }
    }

    @Test
    void aPortInUseIsRefusedWithAHintAndExitStatusThree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int status = GazetteCommand.run(new String[] {"serve", "--source", site.root().toString(),
                    "--port", String.valueOf(taken.getLocalPort())}, new PrintWriter(out, true), new PrintWriter(err, true));

            assertThat(status).isEqualTo(GazetteCommand.FAILURE);
            assertThat(err.toString()).contains("无法启动预览：端口 " + taken.getLocalPort() + " 已被占用或不能使用",
                    "请用 --port 换一个端口");
        }
    }

    @Test
    void helpIsInChineseAndNamesTheDefaultPortAndFolder() {
        StringWriter out = new StringWriter();

        GazetteCommand.run(new String[] {"serve", "--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(out.toString()).contains("预览网站", "默认 1313", "target/preview", "--bind");
    }

    @Test
    void checkAndBuildLoadNothingOfThePreview() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process check = new ProcessBuilder(java.toString(), "-verbose:class", "-cp", System.getProperty("java.class.path"),
                GazetteCommand.class.getName(), "check", "--source", site.root().toString())
                .redirectErrorStream(true).start();
        String loaded = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).isZero();
        assertThat(loaded).contains("org.gazette.build.SiteBuilder")
                .doesNotContain("org.gazette.serve.", "org.eclipse.jetty.", "io.methvin.", "org.gazette.cli.PreviewSession");
    }

    private static Matcher awaitLine(StringWriter out, Pattern line) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher matcher = line.matcher(out.toString());
            if (matcher.find()) {
                return matcher;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve did not print " + line + "; it printed:\n" + out);
    }
}
