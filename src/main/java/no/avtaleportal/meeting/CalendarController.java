package no.avtaleportal.meeting;

import java.util.List;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PublicAddress;

/**
 * The personal calendar feed of the meetings of the steering groups its owner is a member or the
 * secretary of now: a page to make, renew and revoke its secret address, and the feed itself,
 * which calendar programs fetch without a login. A wrong or revoked token is a 404, and so is the
 * feed of someone no longer a member or the secretary of any steering group; disabling an account
 * deletes its feed, so an account enabled again makes a new one. The feed holds when and where
 * meetings are, never minutes.
 */
@Controller
class CalendarController {

	private static final Locale BOKMAL = Locale.forLanguageTag("nb");

	private final CalendarFeeds feeds;

	private final MeetingRepository meetings;

	private final MeetingCalendar calendar;

	private final SteeringGroupAccess access;

	private final AccountHolders holders;

	private final PublicAddress publicAddress;

	CalendarController(CalendarFeeds feeds, MeetingRepository meetings, MeetingCalendar calendar,
			SteeringGroupAccess access, AccountHolders holders, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.holders = holders;
		this.feeds = feeds;
		this.meetings = meetings;
		this.calendar = calendar;
		this.access = access;
	}

	@GetMapping("/calendar")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("mayHaveFeed", mayHaveFeed(user));
		model.addAttribute("hasFeed", this.feeds.exists(user.getAccountId()));
		return "meeting/calendar";
	}

	@PostMapping("/calendar/token")
	String renew(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		if (!mayHaveFeed(user)) {
			throw new AccessDeniedException("only the steering group subscribes to its planned meetings");
		}
		String token = this.feeds.renew(user.getAccountId());
		redirect.addFlashAttribute("feedUrl",
				this.publicAddress.root().path("/calendar/feed/{token}.ics").build(token).toString());
		redirect.addFlashAttribute(MeetingViews.FLASH, "meeting.calendar.created");
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/token/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.feeds.revoke(user.getAccountId());
		redirect.addFlashAttribute(MeetingViews.FLASH, "meeting.calendar.revoked");
		return "redirect:/calendar";
	}

	/**
	 * The feed shows planned meetings, which only the steering group and the secretary see.
	 */
	private boolean mayHaveFeed(SignedInUser user) {
		return this.access.memberships(user).stream().anyMatch(Membership::isInsider);
	}

	@GetMapping("/calendar/feed/{token:[A-Za-z0-9_-]+}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> feed(@PathVariable String token) {
		SignedInUser owner = this.feeds.ownerOf(token)
			.flatMap(this.holders::enabled)
			.orElseThrow(() -> new NotFoundException("calendar feed"));
		List<Long> groups = this.access.memberships(owner)
			.stream()
			.filter(Membership::isInsider)
			.map(membership -> membership.group().id())
			.toList();
		if (groups.isEmpty()) {
			throw new NotFoundException("calendar feed of someone no longer in a steering group");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MeetingCalendar.MEDIA_TYPE))
			.body(this.calendar.render(this.meetings.findBySteeringGroupIdInOrderByStartsAt(groups), BOKMAL));
	}

}
