package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.FeedPage;

/**
 * What other features use of indicators: those of a focus area, of an agreement, or of any
 * commitments, as they stood on a day, each with its values, status and chart; and the figures of
 * an evaluation's period. A fixed number of statements whatever the number of indicators.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Indicators {

	private final IndicatorRepository indicators;

	private final Agreements agreements;

	private final People people;

	private final JdbcClient jdbc;

	Indicators(IndicatorRepository indicators, Agreements agreements, People people, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.agreements = agreements;
		this.people = people;
	}

	/**
	 * The indicators of the commitments as they stood on the day, in their order, for a page that
	 * has the commitments already (and has checked that the user sees their agreement); one statement.
	 */
	public List<CommitmentIndicators> ofCommitments(List<CommitmentView> commitments, LocalDate day) {
		return grouped(commitments, day);
	}

	/**
	 * Each indicator of the focus areas' commitments (an agreement's, as its page has them) with its
	 * baseline, target and the latest value measured by the end of a period under review
	 * ({@code null} when none).
	 */
	public List<PeriodFigure> figuresAt(List<FocusAreaView> focusAreas, LocalDate end) {
		return ofCommitments(focusAreas.stream().flatMap(area -> area.commitments().stream()).toList(), end).stream()
			.flatMap(group -> group.indicators()
				.stream()
				.map(indicator -> new PeriodFigure(group.commitment().number(), indicator.name(), indicator.unit(),
						indicator.baseline(), indicator.baselineOn(), indicator.target(), indicator.targetOn(),
						(indicator.latest() != null) ? indicator.latest().value() : null,
						(indicator.latest() != null) ? indicator.latest().measuredOn() : null, indicator.status())))
			.toList();
	}

	/**
	 * A page of the indicators of the commitments the reader sees (of the focus area or party asked
	 * for, changed since when asked), each with its values today; four statements.
	 */
	public FeedPage<IndicatorView> feed(Collection<Long> commitmentIds, FeedPage.Request request, LocalDate today) {
		if (commitmentIds.isEmpty()) {
			return new FeedPage<>(List.of(), 0);
		}
		FeedPage.Query query = new FeedPage.Query().always("i.commitment_id in (:commitments)", "commitments", commitmentIds)
			.where("i.responsible_organisation_id = :party", "party", request.party())
			.where("(i.last_modified_at > :since or exists (select 1 from indicator_measurement m where m.indicator_id = i.id and m.last_modified_at > :since))",
					"since", (request.changedSince() != null) ? java.sql.Timestamp.from(request.changedSince()) : null);
		long total = this.jdbc.sql("select count(*) from indicator i where " + query.conditions())
			.params(query.parameters())
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc.sql("select i.id from indicator i where " + query.conditions()
				+ " order by i.id offset :offset limit :limit")
			.params(query.parameters())
			.param("offset", request.offset())
			.param("limit", request.limit())
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return new FeedPage<>(List.of(), total);
		}
		Map<Long, String> parties = this.people.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName));
		return new FeedPage<>(this.indicators.findWholeByIds(ids)
			.stream()
			.map(indicator -> IndicatorView.of(indicator, parties.get(indicator.getResponsibleOrganisationId()), today))
			.toList(), total);
	}

	/**
	 * The views of the indicators of the commitments as they stood on the day, in commitment order,
	 * each with every value measured and the short name of the organisation responsible, in one
	 * statement, read as rows (no entity: a read through JPA cost the dashboard several times what
	 * the same read costs through JDBC, bench/README.md).
	 */
	List<IndicatorView> of(Collection<Long> commitmentIds, LocalDate day) {
		if (commitmentIds.isEmpty()) {
			return List.of();
		}
		Map<Long, IndicatorRow> rows = new LinkedHashMap<>();
		Map<Long, String> responsible = new HashMap<>();
		this.jdbc.sql("""
				select i.id, i.commitment_id, i.name, i.unit, i.direction, i.baseline, i.baseline_on, i.target,
				  i.target_on, i.responsible_organisation_id, o.organisation_short_name, i.source, i.frequency, i.example,
				  m.id as measurement_id, m.measured_on, m.value, m.recorded_by_name, m.comment, m.document_id
				from indicator i left join %s o on o.organisation_id = i.responsible_organisation_id
				  left join indicator_measurement m on m.indicator_id = i.id
				where i.commitment_id = any(:commitments)
				order by i.commitment_id, i.name, i.id, m.measured_on, m.id""".formatted(People.selectOrganisations()))
			.param("commitments", commitmentIds.toArray(Long[]::new))
			.query(rs -> {
				IndicatorRow row = rows.get(rs.getLong("id"));
				if (row == null) {
					row = definition(rs);
					rows.put(row.id(), row);
					responsible.put(row.id(), rs.getString("organisation_short_name"));
				}
				if (rs.getObject("measurement_id") != null) {
					row.measurements().add(new IndicatorView.Value(rs.getLong("measurement_id"),
							rs.getObject("measured_on", LocalDate.class), rs.getBigDecimal("value"),
							rs.getString("recorded_by_name"), rs.getString("comment"),
							rs.getObject("document_id", Long.class)));
				}
			});
		return rows.values()
			.stream()
			.map(indicator -> IndicatorView.of(indicator, responsible.get(indicator.id()), day))
			.toList();
	}

	/** An indicator's definition from the row, its measurements to be added (oldest first). */
	private static IndicatorRow definition(ResultSet rs) throws SQLException {
		return new IndicatorRow(rs.getLong("id"), rs.getLong("commitment_id"), rs.getString("name"),
				Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")),
				rs.getBigDecimal("baseline"), rs.getObject("baseline_on", LocalDate.class), rs.getBigDecimal("target"),
				rs.getObject("target_on", LocalDate.class), rs.getObject("responsible_organisation_id", Long.class),
				rs.getString("source"), Frequency.valueOf(rs.getString("frequency")), rs.getBoolean("example"),
				new ArrayList<>());
	}

	private List<CommitmentIndicators> grouped(List<CommitmentView> commitments, LocalDate day) {
		Set<Long> ids = commitments.stream().map(CommitmentView::id).collect(Collectors.toSet());
		Map<Long, List<IndicatorView>> byCommitment = of(ids, day).stream()
			.collect(Collectors.groupingBy(IndicatorView::commitmentId));
		return commitments.stream()
			.filter(commitment -> byCommitment.containsKey(commitment.id()))
			.map(commitment -> new CommitmentIndicators(commitment, byCommitment.get(commitment.id())))
			.toList();
	}

	/** The visible focus areas, for pages of this module. */
	List<FocusAreaView> areasVisibleTo(SignedInUser user) {
		return this.agreements.focusAreasVisibleTo(user);
	}

	/** A commitment and its indicators. */
	public record CommitmentIndicators(CommitmentView commitment, List<IndicatorView> indicators) {
	}

	/**
	 * An indicator's figures for a period under review: baseline, target and the latest value by the
	 * period's end, with its day and the status then.
	 */
	public record PeriodFigure(String commitment, String name, Unit unit, BigDecimal baseline, LocalDate baselineOn,
			BigDecimal target, LocalDate targetOn, BigDecimal value, LocalDate measuredOn, IndicatorStatus status) {

		public String baselineText() {
			return IndicatorView.number(this.baseline);
		}

		public String targetText() {
			return IndicatorView.number(this.target);
		}

		public String valueText() {
			return (this.value != null) ? IndicatorView.number(this.value) : null;
		}

	}

}
