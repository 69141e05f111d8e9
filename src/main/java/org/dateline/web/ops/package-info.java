/** The operations surface: liveness, readiness and Prometheus metrics (its own route table). */
@NullMarked
package org.dateline.web.ops;

import org.jspecify.annotations.NullMarked;
