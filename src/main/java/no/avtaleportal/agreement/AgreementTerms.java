package no.avtaleportal.agreement;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.NotFoundException;

/**
 * The term of an agreement as other features check their dates against it ({@link DateWindow}),
 * found from the agreement, its steering group or one of its focus areas.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AgreementTerms {

	private final AgreementRepository agreements;

	private final SteeringGroupRepository steeringGroups;

	private final FocusAreaRepository focusAreas;

	AgreementTerms(AgreementRepository agreements, SteeringGroupRepository steeringGroups,
			FocusAreaRepository focusAreas) {
		this.agreements = agreements;
		this.steeringGroups = steeringGroups;
		this.focusAreas = focusAreas;
	}

	public DateWindow ofAgreement(long agreementId) {
		return windowOf(this.agreements.findById(agreementId)
			.orElseThrow(() -> new NotFoundException("agreement " + agreementId)));
	}

	public DateWindow ofSteeringGroup(long steeringGroupId) {
		return windowOf(this.steeringGroups.findById(steeringGroupId)
			.orElseThrow(() -> new NotFoundException("steering group " + steeringGroupId))
			.getAgreement());
	}

	public DateWindow ofFocusArea(long focusAreaId) {
		return windowOf(this.focusAreas.findById(focusAreaId)
			.orElseThrow(() -> new NotFoundException("focus area " + focusAreaId))
			.getAgreement());
	}

	private static DateWindow windowOf(Agreement agreement) {
		return new DateWindow(agreement.getStartDate(), agreement.getEndDate());
	}

}
