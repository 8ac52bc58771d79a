package no.avtaleportal.agreement;

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

}
