package no.avtaleportal.web;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import no.avtaleportal.web.FormErrorSummaries.SummarisingView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view's page writer passes on everything it is given, in order, whatever the mix of
 * characters, strings and arrays and wherever they fall against its chunks.
 */
class PageWriterTests {

	@Test
	void passesOnEverythingInOrderAcrossChunks() {
		StringWriter target = new StringWriter();
		StringBuilder expected = new StringBuilder();
		PrintWriter page = new SummarisingView.PageWriter(target);
		String escaped = "<p>Søk &amp; møter</p>";
		String large = "æ".repeat(SummarisingView.CHUNK + 17);
		for (int i = 0; i < 2_000; i++) {
			page.write('x');
			page.write(escaped);
			page.write(escaped.toCharArray(), 3, 4);
			page.write(escaped, 5, 6);
			expected.append('x').append(escaped).append(escaped, 3, 7).append(escaped, 5, 11);
			if (i % 500 == 0) {
				page.write(large);
				page.println();
				expected.append(large).append(System.lineSeparator());
			}
		}
		page.print(42);
		expected.append(42);
		page.flush();

		assertThat(target.toString()).isEqualTo(expected.toString());
		assertThat(page.checkError()).isFalse();
	}

	@Test
	void keepsWhatFitsInAChunkUntilFlushed() {
		StringWriter target = new StringWriter();
		PrintWriter page = new SummarisingView.PageWriter(target);
		page.write("<!DOCTYPE html>");
		assertThat(target.toString()).isEmpty();
		page.flush();
		assertThat(target.toString()).isEqualTo("<!DOCTYPE html>");
	}

}
