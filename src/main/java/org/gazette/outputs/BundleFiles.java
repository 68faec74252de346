package org.gazette.outputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.catalogue.DocumentContext;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.content.Document;

/**
 * The files of a document's bundle that it publishes (its attachments and the files its body links
 * or shows), copied beside its page as they are: {@code content/notices/2024/a/表.pdf} is published
 * at {@code notices/2024/a/表.pdf}. Files nobody refers to are not published.
 */
public final class BundleFiles implements Output {

    @Override
    public String name() {
        return "附件和图片";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.AS_GIVEN;
    }

    @Override
    public List<String> paths() {
        return List.of("**");
    }

    @Override
    public Inputs inputs() {
        return Inputs.eachDocument();
    }

    @Override
    public Rendering rendering() {
        return Rendering.copy();
    }

    @Override
    public List<? extends Product> plan(DocumentContext context) {
        Document document = context.document();
        List<PublishedFile> files = new ArrayList<>();
        for (Path file : context.published()) {
            String path = document.url() + document.bundle().relativize(file).toString().replace('\\', '/');
            files.add(new PublishedFile(file, path, document.sourcePath()));
        }
        return files;
    }
}
