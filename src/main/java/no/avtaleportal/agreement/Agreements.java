package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import no.avtaleportal.account.SignedInUser;

/**
 * What other features use of agreements.
 */
@Service
public class Agreements {

	private final AgreementQueries queries;

	Agreements(AgreementQueries queries) {
		this.queries = queries;
	}

	/**
	 * The agreements the user may see (those their organisation is a party to; every one for an
	 * administrator), newest first.
	 */
	public List<AgreementSummary> visibleTo(SignedInUser user) {
		return this.queries.visibleTo(user);
	}

	/**
	 * One agreement's term, deadlines, focus areas and commitments as they stand on the day, if the
	 * user may see it.
	 * @throws no.avtaleportal.web.NotFoundException when there is no such agreement or it is not
	 * the user's to see
	 */
	public AgreementOverview overview(long id, SignedInUser user, LocalDate day) {
		return this.queries.details(id, user, false).overviewOn(day);
	}

}
