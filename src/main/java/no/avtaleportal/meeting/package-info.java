/**
 * The steering group's meetings: planning, agenda with case numbers, attendance, minutes approved
 * by a member of each party and published, addenda, the decision register, action items that carry
 * over until done, the minutes as PDF/A, and calendar files and personal feeds.
 * <p>
 * What other features use: {@link no.avtaleportal.meeting.MeetingDecisions} (proposing a decision
 * into draft minutes, reading decisions and a steering group's record over a period),
 * {@link no.avtaleportal.meeting.MeetingDigest} (the dashboard's view of the steering group),
 * {@link no.avtaleportal.meeting.SteeringGroupMeetings} (the yearly meeting rhythm), and the events of
 * the minutes' workflow, published in the step's transaction:
 * {@link no.avtaleportal.meeting.MinutesSubmitted}, {@link no.avtaleportal.meeting.MinutesApproved}
 * and {@link no.avtaleportal.meeting.MinutesPublished}. The minutes' state machine lives in
 * {@link no.avtaleportal.meeting.MinutesStatus} and {@link no.avtaleportal.meeting.Meeting}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings",
		allowedDependencies = { "account :: api", "activity :: api", "agreement :: api", "audit :: api", "database", "document :: api", "notification", "people :: api", "search", "web" })
package no.avtaleportal.meeting;
