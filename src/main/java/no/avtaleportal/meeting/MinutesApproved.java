package no.avtaleportal.meeting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Published, inside the approving transaction, when a meeting's minutes become approved by a
 * member of each party: the decisions in them now carry their numbers and are in force. Listeners
 * in other features act on the decisions they proposed (see {@link MeetingDecisions#propose}).
 *
 * @param meetingId the meeting
 * @param meetingDay the day the meeting was held (Oslo time)
 * @param decisionIds the decisions in the minutes
 */
@NamedInterface("api")
public record MinutesApproved(long meetingId, LocalDate meetingDay, List<Long> decisionIds) {
}
