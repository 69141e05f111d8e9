package org.dateline.archfixture.newsroom.workflow;

import org.dateline.archfixture.newsroom.auth.User;

/** A newsroom story and its writer (fixture; the other half of the cycle). */
public record Story(long id, User writer) {}
