package no.avtaleportal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files that Excel opens right with Norwegian letters: UTF-8 with a byte order mark and
 * semicolons between the fields. The portal's exports (activities, the dashboard's figures) write
 * theirs through here. A text cell that a spreadsheet would take for a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a
 * {@code '} in front, as OWASP advises against CSV injection, so that it shows as the text it is.
 */
public final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private CsvFiles() {
	}

	/** The bytes of the file the rows print. */
	public static byte[] write(Rows rows) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			rows.printTo(new Printer(csv));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A text as a cell that no spreadsheet runs: numbers and other values stay as they are. */
	static Object cell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	/** What prints a file's records, header first. */
	@FunctionalInterface
	public interface Rows {

		void printTo(Printer csv) throws IOException;

	}

	/** Prints records whose text cells are made safe for spreadsheets. */
	public static final class Printer {

		private final CSVPrinter csv;

		private Printer(CSVPrinter csv) {
			this.csv = csv;
		}

		public void printRecord(Object... values) throws IOException {
			printRecord(Arrays.asList(values));
		}

		public void printRecord(Iterable<?> values) throws IOException {
			List<Object> cells = new ArrayList<>();
			for (Object value : values) {
				cells.add(cell(value));
			}
			this.csv.printRecord(cells);
		}

	}

}
