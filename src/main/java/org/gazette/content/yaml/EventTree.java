package org.gazette.content.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds the {@link YamlNode} tree straight from SnakeYAML's parser events, the same events
 * {@link JacksonTree} reads through Jackson, without Jackson's token layer and its guess of every
 * scalar's type (a regular expression or several a value) that the tree never uses. It reads what
 * front matter and data files are made of: mappings, lists and untagged scalars. Anything else
 * (a syntax error, a tag, an alias, a mapping as a key) makes it give up with {@link Unusual}, and
 * the file is read by {@link JacksonTree}, whose messages editors are shown.
 */
final class EventTree {

    /** What only a plain, untagged scalar spelt so is: the words YAML 1.1 reads as "no value". */
    private static final Set<String> NULL_WORDS = Set.of("~", "null", "Null", "NULL");

    /** Deeper than any front matter; Jackson refuses a far deeper nesting, and its message is wanted then. */
    private static final int DEPTH = 64;

    /** Longer numbers are refused by Jackson's number limits (1,000 digits); its message is wanted then. */
    private static final int NUMBER_LIKE = 1000;

    /** The text is not one this reader vouches for: read it with {@link JacksonTree}. */
    static final class Unusual extends Exception {
        private static final long serialVersionUID = 1L;

        Unusual() {
            super(null, null, false, false);
        }
    }

    private final ParserImpl parser;
    private final int firstLine;
    private final YamlReader.Lines lines;

    private EventTree(String text, int firstLine, YamlReader.Lines lines) {
        this.parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
        this.firstLine = firstLine;
        this.lines = lines;
    }

    /**
     * The tree of {@code text}, with the checks and messages of {@link JacksonTree#read}.
     *
     * @throws Unusual when the text must be read by {@link JacksonTree}
     */
    static YamlNode read(String text, int firstLine, YamlReader.Lines lines) throws Unusual, YamlSyntaxException {
        try {
            return new EventTree(text, firstLine, lines).document();
        } catch (YAMLException e) {
            throw new Unusual();
        }
    }

    private YamlNode document() throws Unusual, YamlSyntaxException {
        Event first = next();
        if (first.is(Event.ID.StreamEnd)) {
            return new YamlNode.Mapping(Map.of(), firstLine);
        }
        YamlNode root = value(first, 1);
        Event after = next();
        if (after instanceof ScalarEvent scalar) {
            requireUsual(scalar); // Jackson decodes a tagged scalar before it sees a second document
        }
        if (!after.is(Event.ID.StreamEnd)) {
            throw new YamlSyntaxException(lineOf(after), "这里多了一行 ---，YAML 只能有一段", "删除多余的 --- 行");
        }
        return root;
    }

    /** The next event that is not a stream or document boundary, as Jackson skips them. */
    private Event next() {
        while (true) {
            Event event = parser.getEvent();
            if (!event.is(Event.ID.StreamStart) && !event.is(Event.ID.DocumentStart) && !event.is(Event.ID.DocumentEnd)) {
                return event;
            }
        }
    }

    private YamlNode value(Event event, int depth) throws Unusual, YamlSyntaxException {
        if (depth > DEPTH) {
            throw new Unusual();
        }
        if (event instanceof ScalarEvent scalar) {
            return scalar(scalar);
        }
        if (event instanceof CollectionStartEvent collection && collection.getTag() == null) {
            return event.is(Event.ID.MappingStart) ? mapping(lineOf(event), depth) : sequence(lineOf(event), depth);
        }
        throw new Unusual();
    }

    private YamlNode.Scalar scalar(ScalarEvent event) throws Unusual, YamlSyntaxException {
        requireUsual(event);
        String text = event.getValue();
        int line = lineOf(event);
        if (event.getImplicit().canOmitTagInPlainScalar() && NULL_WORDS.contains(text)) {
            return new YamlNode.Scalar(null, line);
        }
        YamlReader.checkPublishable(text, line);
        return new YamlNode.Scalar(text, line);
    }

    /** Gives up on a tagged scalar, and on a number too long for Jackson. */
    private static void requireUsual(ScalarEvent event) throws Unusual {
        String text = event.getValue();
        if (event.getTag() != null || event.getImplicit().canOmitTagInPlainScalar() && text.length() > NUMBER_LIKE
                && "+-.0123456789".indexOf(text.charAt(0)) >= 0) {
            throw new Unusual();
        }
    }

    private YamlNode.Mapping mapping(int line, int depth) throws Unusual, YamlSyntaxException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (Event event = parser.getEvent(); !event.is(Event.ID.MappingEnd); event = parser.getEvent()) {
            if (!(event instanceof ScalarEvent keyEvent)) {
                throw new Unusual();
            }
            String key = keyEvent.getValue();
            int keyLine = lineOf(keyEvent);
            YamlReader.checkPublishable(key, keyLine);
            YamlNode value = value(parser.getEvent(), depth + 1);
            YamlReader.addEntry(entries, key, keyLine, value, lines);
        }
        return new YamlNode.Mapping(entries, line);
    }

    private YamlNode.Sequence sequence(int line, int depth) throws Unusual, YamlSyntaxException {
        List<YamlNode> items = new ArrayList<>();
        for (Event event = parser.getEvent(); !event.is(Event.ID.SequenceEnd); event = parser.getEvent()) {
            YamlNode item = value(event, depth + 1);
            YamlReader.checkItem(item, lines);
            items.add(item);
        }
        return new YamlNode.Sequence(items, line);
    }

    private int lineOf(Event event) {
        Mark mark = event.getStartMark();
        return mark == null ? firstLine : mark.getLine() + firstLine;
    }
}
