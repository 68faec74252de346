package org.gazette.components;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.gazette.content.Contact;
import org.gazette.content.Dates;
import org.gazette.content.Moment;
import org.gazette.markup.QrCode;
import org.gazette.pages.ContactView;

/**
 * Reads example files and turns an example's data into the Java values its macro's parameters
 * declare, with Jackson: records by their component names ({@code docNumber}, {@code submitEmail}),
 * enums by their names in any case ({@code notice}), dates and moments as editors write them
 * ({@code 2022-05-24}, {@code 2022-05-24 09:30}), a list not given as an empty list. Values the build
 * derives with a factory are made by that factory, so an example cannot hold what the build could not
 * make: a {@link QrCode} from its text and label, a {@link ContactView} from its contact and vCard
 * path, a phone number from how it is written. A field the type does not have is an error, so a
 * misspelt example fails instead of rendering a blank.
 */
final class ExampleData {

    private static final YAMLMapper YAML = configure(YAMLMapper.builder()).build();

    private ExampleData() {
    }

    private static <B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<?, B>> B configure(B builder) {
        SimpleModule values = new SimpleModule("gazette-examples")
                .addDeserializer(LocalDate.class, fromText(LocalDate.class, LocalDate::parse))
                .addDeserializer(LocalTime.class, fromText(LocalTime.class, LocalTime::parse))
                .addDeserializer(Moment.class, fromText(Moment.class, ExampleData::moment));
        values.setMixInAnnotation(QrCode.class, QrCodeFactory.class);
        values.setMixInAnnotation(ContactView.class, ContactViewFactory.class);
        values.setMixInAnnotation(ContactView.Phone.class, PhoneFactory.class);
        builder.addModule(values)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)));
        return builder;
    }

    /** Reads one example file. */
    static ComponentExamples read(Path file) {
        try {
            return YAML.readValue(file.toFile(), ComponentExamples.class).from(file);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The value of {@code data} as a parameter of type {@code type} (see {@link ComponentExamples.Param#type}).
     *
     * @throws IllegalArgumentException when the data does not fit the type, naming what does not
     */
    static Object value(JsonNode data, String type) {
        return YAML.convertValue(data, javaType(type));
    }

    /** The Java type a parameter's declared type names. */
    static JavaType javaType(String type) {
        String declared = type.strip();
        if (declared.startsWith("list of ")) {
            return YAML.getTypeFactory().constructCollectionType(List.class, javaType(declared.substring("list of ".length())));
        }
        return switch (declared) {
            case "string" -> YAML.constructType(String.class);
            case "number" -> YAML.constructType(Integer.class);
            case "boolean" -> YAML.constructType(Boolean.class);
            default -> YAML.constructType(javaClass(declared));
        };
    }

    /** A class by the name Javadoc gives it, nested classes written with a dot: {@code org.gazette.pages.CalendarPage.Group}. */
    private static Class<?> javaClass(String name) {
        String binary = name;
        while (true) {
            try {
                return Class.forName(binary);
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    throw new IllegalArgumentException("No Java type " + name + " (write string, number, boolean, "
                            + "a class such as org.gazette.pages.Crumb, or list of one of them)");
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    private static Moment moment(String text) {
        Dates.Result<Moment> moment = Dates.parseMoment(text);
        if (!moment.ok()) {
            throw new IllegalArgumentException(moment.message() + "（" + moment.hint() + "）");
        }
        return moment.value();
    }

    private static <T> StdDeserializer<T> fromText(Class<T> type, Function<String, T> parse) {
        return new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    return context.reportInputMismatch(type, "Not a %s: %s (%s)", type.getSimpleName(), text, e.getMessage());
                }
            }
        };
    }

    /** A QR code is drawn from its text and label, as the build draws it. */
    abstract static class QrCodeFactory {
        @JsonCreator
        static QrCode of(@JsonProperty("text") String text, @JsonProperty("label") String label) {
            throw new UnsupportedOperationException("mix-in");
        }
    }

    /** A contact's view pairs its numbers with what dials them, as the build pairs them. */
    abstract static class ContactViewFactory {
        @JsonCreator
        static ContactView of(@JsonProperty("contact") Contact contact, @JsonProperty("vcard") String vcard) {
            throw new UnsupportedOperationException("mix-in");
        }
    }

    /** A phone number is given as written; what dials it is worked out as the build does. */
    abstract static class PhoneFactory {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static ContactView.Phone of(String written) {
            throw new UnsupportedOperationException("mix-in");
        }
    }
}
