/** The command line: one picocli class per subcommand; each takes --data DIR. */
@NullMarked
package org.dateline.cli;

import org.jspecify.annotations.NullMarked;
