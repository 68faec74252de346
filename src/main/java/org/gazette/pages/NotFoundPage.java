package org.gazette.pages;

import java.util.List;
import org.gazette.catalogue.Inputs;
import org.gazette.catalogue.MediaType;
import org.gazette.catalogue.Output;
import org.gazette.catalogue.Product;
import org.gazette.catalogue.Rendering;
import org.gazette.catalogue.SiteContext;

/** The "not found" page ({@code 404.html}) the web server shows for an address the site does not have. */
public final class NotFoundPage implements Output {

    public static final String PATH = "404.html";

    @Override
    public String name() {
        return "404 页面";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.HTML;
    }

    @Override
    public List<String> paths() {
        return List.of(PATH);
    }

    @Override
    public Inputs inputs() {
        return Inputs.none().data("site.yaml", "agencies.yaml");
    }

    @Override
    public Rendering rendering() {
        return Rendering.template("notfound", "404.ftlh");
    }

    @Override
    public List<? extends Product> plan(SiteContext context) {
        PageMeta meta = new PageMeta("页面不存在", PATH, null,
                List.of(new Crumb("首页", ""), new Crumb("页面不存在", null)), null);
        return List.of(new PlannedPage("notfound", PATH, meta, null, "404 页面"));
    }
}
