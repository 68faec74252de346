package org.gazette.markup;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Leaves out the column alignment of Markdown tables ({@code |:--|--:|}). flexmark writes it as the
 * {@code align} attribute, which is obsolete in HTML5 and dropped by the sanitiser; the sanitiser
 * would then warn the editor about HTML they never wrote.
 */
final class TableCellAlignment implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof TableCell) {
                        attributes.remove("align");
                    }
                };
            }
        });
    }
}
