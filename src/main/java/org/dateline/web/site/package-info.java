/** Public pages composed of several features: home, lists, story pages, feedback form. */
package org.dateline.web.site;
