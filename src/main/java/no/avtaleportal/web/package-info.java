/**
 * What every page shares: the page frame (language switch, WebJar links), the language and clock,
 * the error pages and the accessibility statement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web frame")
package no.avtaleportal.web;
