/** The operations surface: liveness, readiness and Prometheus metrics (its own route table). */
package org.dateline.web.ops;
