package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;

/**
 * An agreement's text as signed, for copies outside the portal (the archive package, issue 21):
 * title, parties with their signatories, and the clauses in order.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AgreementTexts {

	private final AgreementQueries queries;

	AgreementTexts(AgreementQueries queries) {
		this.queries = queries;
	}

	/**
	 * The agreement's text, if the user may see the agreement.
	 * @throws no.avtaleportal.web.NotFoundException when there is no such agreement or it is not
	 * the user's to see
	 */
	public AgreementText of(long id, SignedInUser user) {
		AgreementDetails details = this.queries.details(id, user, false);
		AgreementDetails.AgreementPart agreement = details.agreement();
		List<PartyText> parties = details.parties()
			.stream()
			.map(party -> new PartyText(party.organisation().name(), party.organisation().formattedOrgNumber(),
					party.party().referredToAs(), party.party().signatoryName(), party.party().signatoryTitle()))
			.toList();
		List<ClauseText> clauses = details.clauses()
			.stream()
			.map(clause -> new ClauseText(clause.number(), clause.heading(), clause.level(), clause.blocks()))
			.toList();
		return new AgreementText(agreement.id(), agreement.importKey(), agreement.title(), agreement.subject(),
				agreement.preamble(), agreement.signedOn(), agreement.signedPlace(), agreement.startDate(),
				agreement.endDate(), parties, clauses);
	}

	/** The agreement as signed; {@code endDate} is its end with the extensions decided so far. */
	public record AgreementText(long id, String importKey, String title, String subject, String preamble, LocalDate signedOn,
			String signedPlace, LocalDate startDate, LocalDate endDate, List<PartyText> parties, List<ClauseText> clauses) {
	}

	/** A party: the organisation, what the text calls it, and who signed for it. */
	public record PartyText(String name, String orgNumber, String referredToAs, String signatoryName, String signatoryTitle) {
	}

	/** A clause with its text as paragraphs and lists. */
	public record ClauseText(String number, String heading, int level, List<Clause.TextBlock> blocks) {
	}

}
