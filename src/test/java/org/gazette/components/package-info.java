/**
 * The template components of {@code templates/components/} as documented examples, the way GOV.UK
 * Frontend keeps its components: beside each {@code <name>.ftlh} an {@code <name>.examples.yaml}
 * documents every macro's parameters and holds named examples with what each must show.
 * {@link org.gazette.components.ComponentHarness} renders them through the build's own FreeMarker engine
 * and page globals; {@link org.gazette.components.ComponentExamplesTest} renders every example of every
 * component, and {@code browser.ComponentExamplesIT} checks each one with axe-core in Chromium.
 */
package org.gazette.components;
