/**
 * The steering group's meetings: planning, agenda, attendance, minutes approved by both parties
 * and published, the decision register, action items that carry over until done, the minutes as
 * PDF/A, and calendar files and personal feeds. {@link no.avtaleportal.meeting.SteeringGroupMeetings}
 * is what other features use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "account :: api", "activity :: api", "agreement :: api", "audit :: api", "database", "notification", "people :: api", "search", "web" })
package no.avtaleportal.meeting;
