/**
 * The archive package (arkivuttrekk, issue 21): per agreement and year, a ZIP for the parties'
 * records systems with the agreement text, the published minutes, the decision register (PDF/A and
 * CSV), the shared documents and a metadata file modelled on Noark 5, with its schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Archive")
package no.avtaleportal.archive;
