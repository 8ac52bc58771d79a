package no.avtaleportal.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.ActivityFeed;
import no.avtaleportal.activity.ActivityFeed.ActivityItem;
import no.avtaleportal.agreement.AgreementFeed;
import no.avtaleportal.agreement.AgreementFeed.AgreementItem;
import no.avtaleportal.agreement.AgreementSummary;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.indicator.Indicators;
import no.avtaleportal.meeting.MeetingFeed;
import no.avtaleportal.meeting.MeetingFeed.DecisionItem;
import no.avtaleportal.meeting.MeetingFeed.MeetingItem;
import no.avtaleportal.web.FeedPage;
import no.avtaleportal.web.NotFoundException;

/**
 * The read API, {@code /api/v1}: what the token's owner sees in the browser, a page at a time,
 * filtered by agreement, focus area, party and time of the last change. Each call takes the
 * same few statements however many records there are: what the owner may see (the same queries
 * as the pages), a count and the page.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "api.response.400",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "api.response.401",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "api.response.429",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ApiController {

	static final int MAX_SIZE = 200;

	private final Agreements agreements;

	private final AgreementFeed agreementFeed;

	private final ActivityFeed activityFeed;

	private final Indicators indicators;

	private final MeetingFeed meetingFeed;

	private final Clock clock;

	ApiController(Agreements agreements, AgreementFeed agreementFeed, ActivityFeed activityFeed, Indicators indicators,
			MeetingFeed meetingFeed, Clock clock) {
		this.agreements = agreements;
		this.agreementFeed = agreementFeed;
		this.activityFeed = activityFeed;
		this.indicators = indicators;
		this.meetingFeed = meetingFeed;
		this.clock = clock;
	}

	/** The filters every list takes. */
	record Filter(@Parameter(description = "api.param.agreement") Long agreement,
			@Parameter(description = "api.param.focusArea") Long focusArea,
			@Parameter(description = "api.param.party") Long party,
			@Parameter(description = "api.param.changedSince") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime changedSince,
			@Parameter(description = "api.param.page") Integer page,
			@Parameter(description = "api.param.size") Integer size) {

		int pageNumber() {
			return (this.page != null) ? this.page : 0;
		}

		int pageSize() {
			return (this.size != null) ? this.size : 50;
		}

		FeedPage.Request request() {
			if (pageNumber() < 0 || pageSize() < 1 || pageSize() > MAX_SIZE) {
				throw new IllegalArgumentException("page " + this.page + ", size " + this.size);
			}
			return new FeedPage.Request(this.agreement, this.focusArea, this.party,
					(this.changedSince != null) ? this.changedSince.toInstant() : null, pageNumber() * pageSize(),
					pageSize());
		}

		<T> ApiPage<T> page(FeedPage<T> feed) {
			return ApiPage.of(feed, pageNumber(), pageSize());
		}

	}

	@GetMapping("/agreements")
	@Operation(summary = "api.op.agreements", description = "api.op.agreements.description")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	ApiPage<AgreementItem> agreements(@org.springdoc.core.annotations.ParameterObject Filter filter,
			@AuthenticationPrincipal SignedInUser user) {
		return filter.page(this.agreementFeed.page(visibleAgreements(user, filter), filter.request()));
	}

	@GetMapping("/agreements/{id}")
	@Operation(summary = "api.op.agreement")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	@ApiResponse(responseCode = "404", description = "api.response.404",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	AgreementItem agreement(@Parameter(description = "api.param.id") @PathVariable long id,
			@AuthenticationPrincipal SignedInUser user) {
		Filter filter = new Filter(id, null, null, null, 0, 1);
		return this.agreementFeed.page(visibleAgreements(user, filter), filter.request())
			.items()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("agreement " + id));
	}

	@GetMapping("/activities")
	@Operation(summary = "api.op.activities", description = "api.op.activities.description")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	ApiPage<ActivityItem> activities(@org.springdoc.core.annotations.ParameterObject Filter filter,
			@AuthenticationPrincipal SignedInUser user) {
		return filter.page(this.activityFeed.page(
				areas(user, filter).stream().map(FocusAreaView::id).collect(Collectors.toSet()), filter.request()));
	}

	@GetMapping("/indicators")
	@Operation(summary = "api.op.indicators", description = "api.op.indicators.description")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	ApiPage<ApiIndicator> indicators(@org.springdoc.core.annotations.ParameterObject Filter filter,
			@AuthenticationPrincipal SignedInUser user) {
		Set<Long> commitments = areas(user, filter).stream()
			.flatMap(area -> area.commitments().stream())
			.map(CommitmentView::id)
			.collect(Collectors.toSet());
		return filter.page(this.indicators.feed(commitments, filter.request(), LocalDate.now(this.clock))
			.map(ApiIndicator::of));
	}

	@GetMapping("/meetings")
	@Operation(summary = "api.op.meetings", description = "api.op.meetings.description")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	ApiPage<MeetingItem> meetings(@org.springdoc.core.annotations.ParameterObject Filter filter,
			@AuthenticationPrincipal SignedInUser user) {
		return filter.page(this.meetingFeed.meetings(groups(user, filter), filter.request()));
	}

	@GetMapping("/decisions")
	@Operation(summary = "api.op.decisions", description = "api.op.decisions.description")
	@ApiResponse(responseCode = "200", description = "api.response.200")
	ApiPage<DecisionItem> decisions(@org.springdoc.core.annotations.ParameterObject Filter filter,
			@AuthenticationPrincipal SignedInUser user) {
		return filter.page(this.meetingFeed.decisions(groups(user, filter), filter.request()));
	}

	/** The agreements the user sees (those of the agreement filter only, when one is given). */
	private Set<Long> visibleAgreements(SignedInUser user, Filter filter) {
		return this.agreements.visibleTo(user)
			.stream()
			.map(AgreementSummary::id)
			.filter(id -> filter.agreement() == null || id.equals(filter.agreement()))
			.collect(Collectors.toSet());
	}

	/** The focus areas the user sees, of the agreement and focus area asked for. */
	private List<FocusAreaView> areas(SignedInUser user, Filter filter) {
		return this.agreements.focusAreasVisibleTo(user)
			.stream()
			.filter(area -> filter.agreement() == null || area.agreementId() == filter.agreement())
			.filter(area -> filter.focusArea() == null || area.id() == filter.focusArea())
			.toList();
	}

	/** The steering groups of the agreements the user sees (of the agreement and party asked for). */
	private Set<Long> groups(SignedInUser user, Filter filter) {
		Set<Long> visible = visibleAgreements(user, filter);
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> visible.contains(group.agreementId()))
			.filter(group -> filter.party() == null || group.partyOrganisationIds().contains(filter.party()))
			.map(Agreements.SteeringGroupFacts::id)
			.collect(Collectors.toSet());
	}


}
