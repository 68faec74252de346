package org.gazette.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hint for a file that is not where the editor said: the file they probably meant (same name
 * but for case, spaces or Unicode form — macOS writes names decomposed), or what the folder holds.
 */
public final class SimilarFiles {

    private SimilarFiles() {
    }

    /** The file in {@code missing}'s folder whose name differs from it only in Unicode form (NFC/NFD), or null. */
    public static Path sameNameInAnotherForm(Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String wanted = missing.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> LookAlike.sameNfc(f.getFileName().toString(), wanted)).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * @param missing  the file that was asked for
     * @param bundle   the document's folder
     * @param siteRoot the site root, for showing folder paths
     */
    public static String hint(Path missing, Path bundle, Path siteRoot) {
        Path folder = missing.getParent();
        String wanted = Normalizer.normalize(missing.getFileName().toString(), Normalizer.Form.NFC);
        if (folder != null && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<String> names = files.map(x -> x.getFileName().toString())
                        .filter(n -> !ContentScanner.isIgnored(Path.of(n))).sorted().toList();
                String typed = missing.getFileName().toString();
                for (String name : names) {
                    if (LookAlike.fold(name).equals(LookAlike.fold(wanted))) {
                        String how = LookAlike.difference(typed, name);
                        return "文件夹里有“" + name + "”" + (how == null ? "" : "，" + how)
                                + "；文件名要完全一致（包括大小写、空格和全角半角）";
                    }
                }
                List<String> candidates = names.stream().filter(n -> !n.equals("index.md")).limit(8).toList();
                if (!candidates.isEmpty()) {
                    return "文件夹里现有的文件：" + String.join("、", candidates);
                }
            } catch (IOException e) {
                // fall through to the general hint
            }
        }
        return "把文件放进文档文件夹 " + siteRoot.relativize(bundle).toString().replace('\\', '/') + "/，文件名与这里写的完全一致";
    }
}
