package no.avtaleportal.agreement;

/**
 * What sort of agreement it is. Labels are message keys {@code AgreementKind.<NAME>}.
 */
public enum AgreementKind {

	/** Intensjonsavtale: the parties state what they intend to do together. */
	INTENT_AGREEMENT,

	/** Samarbeidsavtale. */
	COLLABORATION_AGREEMENT,

	/** Rammeavtale. */
	FRAMEWORK_AGREEMENT

}
