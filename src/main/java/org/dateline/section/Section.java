package org.dateline.section;

/** A named, ordered list of stories (National, North Korea, Sports...). */
public record Section(long id, String slug, String name, int position) {}
