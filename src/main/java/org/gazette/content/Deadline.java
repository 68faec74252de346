package org.gazette.content;

import java.util.List;

/**
 * Something that must be submitted by a date (报送要求).
 *
 * @param due       the last day (or moment) to submit
 * @param submitTo  where or to whom, free text, or null
 * @param materials what to send, each as worded
 */
public record Deadline(String title, Moment due, String submitTo, List<String> materials, int line) {

    public Deadline {
        materials = List.copyOf(materials);
    }
}
