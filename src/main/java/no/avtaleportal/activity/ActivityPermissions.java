package no.avtaleportal.activity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;

/**
 * Who may do what with activities. Readers read. Contributors create activities and update those
 * their party leads (alone or jointly), or they are responsible for or contribute to. The
 * steering group, its secretary and administrators update them all. Everyone sees only the
 * activities of the agreements their organisation is a party to.
 */
final class ActivityPermissions {

	private static final Set<Role> UPDATE_ALL = EnumSet.of(Role.ADMIN, Role.STEERING_GROUP, Role.SECRETARY);

	private ActivityPermissions() {
	}

	static boolean mayCreate(SignedInUser user) {
		return mayUpdateAll(user) || user.hasRole(Role.CONTRIBUTOR);
	}

	static boolean mayUpdateAll(SignedInUser user) {
		return UPDATE_ALL.stream().anyMatch(user::hasRole);
	}

	static boolean mayUpdate(SignedInUser user, Activity activity) {
		if (mayUpdateAll(user)) {
			return true;
		}
		if (!user.hasRole(Role.CONTRIBUTOR)) {
			return false;
		}
		Long lead = activity.getLeadOrganisationId();
		return lead == null || lead.equals(user.getOrganisationId()) || activity.involves(user.getPersonId());
	}

	static void checkUpdate(SignedInUser user, Activity activity) {
		if (!mayUpdate(user, activity)) {
			throw new AccessDeniedException("activity " + activity.getId());
		}
	}

	static void checkCreate(SignedInUser user) {
		if (!mayCreate(user)) {
			throw new AccessDeniedException("new activity");
		}
	}

}
