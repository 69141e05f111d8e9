/**
 * A small code base shaped like Dateline that breaks each architecture rule once, on purpose:
 * {@code RulesBiteTest} checks that every rule of {@code org.dateline.arch.Boundaries} finds its
 * violation here. Test code only; never wired, never run.
 */
package org.dateline.archfixture;
