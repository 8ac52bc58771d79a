package no.avtaleportal.indicator;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;

/**
 * Who may do what with indicators, as with activities: everyone who sees the commitment reads its
 * indicators; the steering group, its secretary and administrators define and change them;
 * contributors of the responsible party (of either party when both are) record measurements, as
 * do the steering group, its secretary and administrators; only the steering group and
 * administrators correct a measurement once recorded. Whether the user sees the commitment at all
 * is checked before, through its focus area.
 */
final class IndicatorPermissions {

	private static final Set<Role> DEFINE = EnumSet.of(Role.ADMIN, Role.STEERING_GROUP, Role.SECRETARY);

	private static final Set<Role> CORRECT = EnumSet.of(Role.ADMIN, Role.STEERING_GROUP);

	private IndicatorPermissions() {
	}

	static boolean mayDefine(SignedInUser user) {
		return DEFINE.stream().anyMatch(user::hasRole);
	}

	static boolean mayRecord(SignedInUser user, Indicator indicator) {
		if (mayDefine(user)) {
			return true;
		}
		Long responsible = indicator.getResponsibleOrganisationId();
		return user.hasRole(Role.CONTRIBUTOR)
				&& (responsible == null || responsible.equals(user.getOrganisationId()));
	}

	static boolean mayCorrect(SignedInUser user) {
		return CORRECT.stream().anyMatch(user::hasRole);
	}

	static void check(boolean allowed, String what) {
		if (!allowed) {
			throw new AccessDeniedException(what);
		}
	}

}
