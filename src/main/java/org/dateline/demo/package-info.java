/** Demo content: the seed story and sample stories written for the project, with photos. */
package org.dateline.demo;
