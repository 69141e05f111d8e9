package org.dateline.article;

/** A person who writes stories; each has an author page. */
public record Author(long id, String slug, String name) {}
