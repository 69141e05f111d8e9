/** The newsroom: accounts and roles, stories and their revisions, the workflow. */
package org.dateline.newsroom;
