package no.avtaleportal.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.VersionedForm;

/**
 * A meeting as the steering group plans it: when (Europe/Oslo), for how long and where.
 */
public class MeetingForm implements VersionedForm {

	@NotNull
	private Long steeringGroupId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time;

	@NotNull
	@Min(15)
	@Max(600)
	private Integer durationMinutes;

	@Size(max = 300)
	private String place;

	@Size(max = 500)
	private String videoLink;

	private Long fromMeetingId;

	private long version;

	/** The form of the meeting as it is planned now. */
	static MeetingForm from(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.steeringGroupId = meeting.getSteeringGroupId();
		form.date = meeting.getStartsAt().toLocalDate();
		form.time = meeting.getStartsAt().toLocalTime();
		form.durationMinutes = meeting.getDurationMinutes();
		form.place = meeting.getPlace();
		form.videoLink = meeting.getVideoLink();
		form.version = meeting.getVersion();
		return form;
	}

	public Long getSteeringGroupId() {
		return this.steeringGroupId;
	}

	public void setSteeringGroupId(Long steeringGroupId) {
		this.steeringGroupId = steeringGroupId;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getVideoLink() {
		return this.videoLink;
	}

	public void setVideoLink(String videoLink) {
		this.videoLink = videoLink;
	}

	public Long getFromMeetingId() {
		return this.fromMeetingId;
	}

	public void setFromMeetingId(Long fromMeetingId) {
		this.fromMeetingId = fromMeetingId;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
