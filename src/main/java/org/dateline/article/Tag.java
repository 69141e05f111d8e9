package org.dateline.article;

/** A person, organisation, place or topic a story is about; each has a tag page. */
public record Tag(long id, String slug, String name) {}
