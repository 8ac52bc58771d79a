/**
 * People and the organisations they belong to: the parties of an agreement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and organisations")
package no.avtaleportal.people;
