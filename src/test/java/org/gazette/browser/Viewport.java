package org.gazette.browser;

/**
 * A window size the site is tested at.
 *
 * @param name   how test names call it
 * @param width  CSS pixels
 * @param height CSS pixels
 * @param mobile whether the browser behaves as a phone's (viewport meta, touch)
 */
record Viewport(String name, int width, int height, boolean mobile) {

    /** A common desktop window. */
    static final Viewport DESKTOP = new Viewport("1280", 1280, 800, false);
    /** A small phone. */
    static final Viewport PHONE = new Viewport("375", 375, 667, true);
    /** The desktop window zoomed to 200%: half as many CSS pixels. */
    static final Viewport DESKTOP_AT_200_PERCENT = new Viewport("1280@200%", 640, 400, false);
    /** The desktop window zoomed to 400%, the width WCAG's reflow criterion names. */
    static final Viewport DESKTOP_AT_400_PERCENT = new Viewport("1280@400%", 320, 256, false);

    @Override
    public String toString() {
        return name;
    }
}
