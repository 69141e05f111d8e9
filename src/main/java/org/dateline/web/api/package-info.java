/**
 * The public content API {@code /api/v1/} (decision 0028): read-only JSON of the public stories,
 * sections, topics and authors, its route table {@link org.dateline.web.api.ApiRoutes}, its JSON
 * shapes and errors, CORS, and the OpenAPI 3.1 document that also describes the wire.
 */
@NullMarked
package org.dateline.web.api;

import org.jspecify.annotations.NullMarked;
