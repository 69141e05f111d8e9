/** The command line: one picocli class per subcommand; each takes --data DIR. */
package org.dateline.cli;
