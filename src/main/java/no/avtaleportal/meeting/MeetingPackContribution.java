package no.avtaleportal.meeting;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.account.SignedInUser;

/**
 * What another module puts in a meeting's pack ({@link MeetingPack}): the dashboard its status
 * report per focus area, the status round its answers, the document library the papers of the
 * agenda's cases. A module that depends on this one implements it as a bean; this module knows none
 * of them, so that none of them depends on the others through it.
 */
@NamedInterface("api")
public interface MeetingPackContribution {

	/**
	 * The section for the meeting's pack, as the user (a member or the secretary of its steering
	 * group) may see it; empty when the module has nothing to add. Runs a fixed number of
	 * statements.
	 */
	Optional<MeetingPack.Section> toPack(MeetingPack.Facts meeting, SignedInUser user);

}
