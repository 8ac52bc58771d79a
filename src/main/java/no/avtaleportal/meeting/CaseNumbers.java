package no.avtaleportal.meeting;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives agenda items their case numbers as Norwegian boards do: {@code 05/2026}, counted per year
 * of the meeting, when the item is put on the agenda, so that the numbers follow the meetings and
 * their agendas. The year's counter row is locked while numbers are handed out, so two items never
 * share a number. A decision carries its case's number once its minutes are approved
 * ({@link MinutesWorkflow}).
 */
@Component
class CaseNumbers {

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Numbers the meeting's agenda items that have no number yet, in agenda order. */
	@Transactional
	void assign(Meeting meeting) {
		List<AgendaItem> unnumbered = meeting.getAgenda().stream().filter(item -> item.getCaseNumber() == null).toList();
		if (unnumbered.isEmpty()) {
			return;
		}
		int year = meeting.getStartsAt().getYear();
		this.jdbc.sql("insert into case_counter (year, last_number) values (:year, 0) on conflict do nothing")
			.param("year", year)
			.update();
		int last = this.jdbc.sql("select last_number from case_counter where year = :year for update")
			.param("year", year)
			.query(Integer.class)
			.single();
		for (AgendaItem item : unnumbered) {
			item.numberAs("%02d/%d".formatted(++last, year));
		}
		this.jdbc.sql("update case_counter set last_number = :last where year = :year")
			.param("last", last)
			.param("year", year)
			.update();
	}

}
