package no.avtaleportal.document;

import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Tells a file's type from its bytes (Apache Tika), never from what the browser claims, and
 * accepts only PDF, Office and OpenDocument files and images whose bytes match their name.
 */
@Component
class FileTypes {

	static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "image/png", "image/jpeg", "image/gif", "image/webp");

	/** Made on first use, not when the portal starts, as {@link DocumentTexts}' parser. */
	private final SingletonSupplier<Tika> tika = SingletonSupplier.of(Tika::new);

	/**
	 * The file's type when its bytes are of an allowed type and match the type its name says;
	 * otherwise {@code null}.
	 */
	String check(byte[] bytes, String fileName) {
		String fromBytes = this.tika.obtain().detect(bytes, fileName);
		String fromName = this.tika.obtain().detect(fileName);
		return (ALLOWED.contains(fromBytes) && fromBytes.equals(fromName)) ? fromBytes : null;
	}

}
