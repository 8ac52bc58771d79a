package no.avtaleportal.notification;

/** How a mail's delivery went. Labels: {@code DeliveryStatus.<NAME>}. */
enum DeliveryStatus {

	/** To be sent. */
	QUEUED,
	/** Accepted by the mail server. */
	SENT,
	/** The mail server refused it or could not be reached; tried again later. */
	FAILED,
	/** No mail server is configured: kept to be read on the outbox page. */
	HELD

}
