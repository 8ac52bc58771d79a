package no.avtaleportal.indicator;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.Eventually;
import no.avtaleportal.support.LockWaits;
import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two people at work on one indicator, each request in its own transaction as in the running
 * portal: a form opened before someone else saved comes back with what was typed, and values
 * recorded at the same moment are all kept.
 */
@PortalTest
class IndicatorEditingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private DataSource dataSource;

	private MockHttpSession prorektor;

	private long indicator;

	@BeforeEach
	void defineAnIndicator() throws Exception {
		this.prorektor = SignIn.as(this.mvc, "prorektor");
		Document form = Pages.get200(this.mvc, "/indicators/new", this.prorektor);
		String commitment = form.expectFirst("#commitmentId option[value]:not([value=''])").val();
		this.mvc.perform(Pages.submit(form, "/indicators/new", this.prorektor, "commitmentId", commitment, "name",
				"Samtidig målt", "unit", "COUNT", "direction", "HIGHER", "baseline", "0", "baselineOn", "2024-01-01",
				"target", "10", "targetOn", "2026-01-01", "source", "Prorektors kilde", "frequency", "YEARLY"))
			.andExpect(status().is3xxRedirection());
		this.indicator = this.jdbc.sql("select id from indicator where name = 'Samtidig målt'").query(Long.class).single();
	}

	@AfterEach
	void removeIt() {
		this.jdbc.sql("delete from indicator_measurement where indicator_id = ?").param(this.indicator).update();
		this.jdbc.sql("delete from indicator where id = ?").param(this.indicator).update();
	}

	@Test
	void anIndicatorOrACorrectionSavedByAnotherWhileTheFormWasOpenComesBackWithWhatWasTyped() throws Exception {
		MockHttpSession admin = SignIn.as(this.mvc, "admin");
		String edit = "/indicators/" + this.indicator + "/edit";
		Document opened = Pages.get200(this.mvc, edit, this.prorektor);
		// the administrator renames the indicator while the prorector writes
		this.mvc.perform(Pages.submit(Pages.get200(this.mvc, edit, admin), edit, admin, "name", "Administratorens navn"))
			.andExpect(status().is3xxRedirection());
		Document back = Pages.conflict(this.mvc.perform(Pages.submit(opened, edit, this.prorektor, "name", "Prorektors navn", "source", "Ny kilde")));
		assertThat(back.expectFirst("#name").val()).isEqualTo("Prorektors navn");
		assertThat(back.expectFirst("#source").val()).isEqualTo("Ny kilde");
		assertThat(back.text()).contains("Noen andre har lagret endringer her mens du skrev",
				"Lagret nå: Administratorens navn");
		assertThat(column("name", "indicator", this.indicator)).as("nothing of the stale form saved")
			.isEqualTo("Administratorens navn");
		// saved again from the form that came back, it replaces the other change knowingly
		this.mvc.perform(Pages.submit(back, edit, this.prorektor)).andExpect(status().is3xxRedirection());
		assertThat(column("name || ' / ' || source", "indicator", this.indicator)).isEqualTo("Prorektors navn / Ny kilde");

		this.mvc.perform(Pages.submit(Pages.get200(this.mvc, "/indicators/" + this.indicator, this.prorektor),
				"/indicators/" + this.indicator + "/measurements", this.prorektor, "measuredOn", "2025-01-01", "value", "3",
				"comment", "Tre kurs"))
			.andExpect(status().is3xxRedirection());
		long measurement = this.jdbc.sql("select id from indicator_measurement where indicator_id = ?")
			.param(this.indicator)
			.query(Long.class)
			.single();
		String correct = "/indicators/" + this.indicator + "/measurements/" + measurement + "/edit";
		opened = Pages.get200(this.mvc, correct, this.prorektor);
		this.mvc.perform(Pages.submit(Pages.get200(this.mvc, correct, admin), correct, admin, "comment", "Rettet av administratoren"))
			.andExpect(status().is3xxRedirection());
		back = Pages.conflict(this.mvc.perform(Pages.submit(opened, correct, this.prorektor, "value", "4", "comment",
				"Rettet av prorektor")));
		assertThat(back.expectFirst("#value").val()).isEqualTo("4");
		assertThat(back.expectFirst("#comment").val()).isEqualTo("Rettet av prorektor");
		assertThat(back.text()).contains("Lagret nå: Rettet av administratoren");
		assertThat(column("value || ' ' || comment", "indicator_measurement", measurement))
			.isEqualTo("3.00 Rettet av administratoren");
		this.mvc.perform(Pages.submit(back, correct, this.prorektor)).andExpect(status().is3xxRedirection());
		assertThat(column("value || ' ' || comment", "indicator_measurement", measurement))
			.isEqualTo("4.00 Rettet av prorektor");
	}

	@Test
	void valuesRecordedAtTheSameMomentAreAllKept() throws Exception {
		MockHttpSession ntnu = SignIn.as(this.mvc, "ntnu");
		Document page = Pages.get200(this.mvc, "/indicators/" + this.indicator, this.prorektor);
		String record = "/indicators/" + this.indicator + "/measurements";
		List<String> days = List.of("2025-01-01", "2025-02-01", "2025-03-01");
		ExecutorService writers = Executors.newFixedThreadPool(days.size());
		try (Connection holder = this.dataSource.getConnection()) {
			// someone else is saving the indicator's definition while three values are recorded
			holder.setAutoCommit(false);
			try (Statement statement = holder.createStatement()) {
				statement.execute("select id from indicator where id = " + this.indicator + " for no key update");
			}
			List<Future<Integer>> answers = days.stream()
				.map(day -> writers.submit(() -> this.mvc
					.perform(Pages.submit(page, record, (day.endsWith("02-01") ? ntnu : this.prorektor), "measuredOn", day,
							"value", day.substring(6, 7), "comment", "Målt samtidig " + day))
					.andReturn()
					.getResponse()
					.getStatus()))
				.toList();
			// each is done, or waits for the indicator's row
			Eventually.equalTo(true, () -> answers.stream().filter(Future::isDone).count()
					+ LockWaits.waitingOn(this.jdbc, "indicator") == days.size());
			holder.commit();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).as("each saved, none meets the conflict page").isEqualTo(302);
			}
		}
		finally {
			writers.shutdown();
		}
		assertThat(this.jdbc.sql("select comment from indicator_measurement where indicator_id = ?")
			.param(this.indicator)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("Målt samtidig 2025-01-01", "Målt samtidig 2025-02-01",
					"Målt samtidig 2025-03-01");
		assertThat(Pages.get200(this.mvc, "/indicators/" + this.indicator, this.prorektor).text())
			.contains("Målt samtidig 2025-01-01", "Målt samtidig 2025-02-01", "Målt samtidig 2025-03-01");
	}

	private String column(String expression, String table, long id) {
		return this.jdbc.sql("select " + expression + " from " + table + " where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

}
