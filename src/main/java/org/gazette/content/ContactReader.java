package org.gazette.content;

import java.util.ArrayList;
import java.util.List;
import org.gazette.content.model.ContentModel;
import org.gazette.content.model.Shape;

/** Reads the fields of a contact, the same whether written inline or in {@code data/contacts.yaml}. */
final class ContactReader {

    private static final Shape CONTACT = ContentModel.CONTACT;

    private ContactReader() {
    }

    static Contact read(Fields fields, String refId) {
        fields.rejectUnknown(CONTACT.names());
        String name = fields.text("name", CONTACT.required("name"));
        List<String> phones = numbers(fields, "phone");
        List<String> mobiles = numbers(fields, "mobile");
        List<String> faxes = numbers(fields, "fax");
        String email = fields.text("email", false);
        if (email != null) {
            String problem = EmailAddress.problem(email);
            if (problem != null) {
                fields.problems().error(fields.lineOf("email"), "email", problem, EmailAddress.hint(email));
            }
        }
        return new Contact(refId, name, fields.text("org", false), fields.text("role", false), phones, mobiles, faxes,
                email, fields.text("address", false));
    }

    private static List<String> numbers(Fields fields, String key) {
        List<String> values = new ArrayList<>();
        for (String value : fields.texts(key, false)) {
            PhoneNumber.Result result = PhoneNumber.parse(value);
            if (!result.ok()) {
                fields.problems().error(fields.lineOf(key), key, result.problem(), result.hint());
            }
            values.add(value);
        }
        return values;
    }
}
