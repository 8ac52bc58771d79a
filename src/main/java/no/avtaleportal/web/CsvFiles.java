package no.avtaleportal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files that Excel opens right with Norwegian letters: UTF-8 with a byte order mark and
 * semicolons between the fields. The portal's exports (activities, the dashboard's figures) write
 * theirs through here.
 */
public final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private CsvFiles() {
	}

	/** The bytes of the file the rows print. */
	public static byte[] write(Rows rows) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			rows.printTo(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** What prints a file's records, header first. */
	@FunctionalInterface
	public interface Rows {

		void printTo(CSVPrinter csv) throws IOException;

	}

}
