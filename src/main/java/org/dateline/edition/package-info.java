/** Edition settings of the public site: site name, language, time zone, date pattern. */
package org.dateline.edition;
