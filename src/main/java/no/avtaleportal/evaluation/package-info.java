/**
 * The evaluation of an agreement (clause 4) and the continuation decision: the dossier the portal
 * compiles for the period under review, each party's assessment per focus area, and the decision
 * proposed into a steering group meeting's minutes and applied only when those minutes are
 * approved ({@link no.avtaleportal.meeting.MinutesApproved}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluations",
		allowedDependencies = { "account :: api", "activity :: api", "agreement :: api", "audit :: api", "document :: api", "indicator :: api", "meeting :: api", "people :: api", "web" })
package no.avtaleportal.evaluation;
