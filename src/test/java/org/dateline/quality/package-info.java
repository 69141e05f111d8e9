/**
 * The quality gates of issue 3, run by {@code ./mvnw verify}: a reader's journeys in headless
 * Chromium, accessibility (axe-core), valid HTML (Nu Html Checker), hostile input, crash safety,
 * property tests of the importer and sanitizer, the page-weight budget, and a test that each gate
 * fails on a deliberately broken page. Shared checker code is in {@code org.dateline.testing}.
 */
package org.dateline.quality;
