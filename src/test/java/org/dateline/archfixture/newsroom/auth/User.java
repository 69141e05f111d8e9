package org.dateline.archfixture.newsroom.auth;

import org.dateline.archfixture.newsroom.workflow.Story;

/**
 * Breaks "no cycles inside the newsroom": auth knows workflow's stories, and workflow knows auth.
 */
public record User(long id, String name, Story lastStory) {}
