package org.dateline.archfixture.article;

/** A story (fixture). */
public record Article(long id, String headline, String section) {}
