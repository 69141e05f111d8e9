/** The newsroom: accounts and roles, stories and their revisions, the workflow. */
@NullMarked
package org.dateline.newsroom;

import org.jspecify.annotations.NullMarked;
