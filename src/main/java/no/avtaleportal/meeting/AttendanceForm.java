package no.avtaleportal.meeting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Who came: one presence per person on the attendance list.
 */
public class AttendanceForm {

	@Valid
	private List<Entry> entries = new ArrayList<>();

	private long version;

	static AttendanceForm from(Meeting meeting) {
		AttendanceForm form = new AttendanceForm();
		meeting.getAttendees().forEach(attendee -> {
			Entry entry = new Entry();
			entry.setId(attendee.getId());
			entry.setPresence(attendee.getPresence());
			form.entries.add(entry);
		});
		form.version = meeting.getVersion();
		return form;
	}

	public List<Entry> getEntries() {
		return this.entries;
	}

	public void setEntries(List<Entry> entries) {
		this.entries = entries;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public static class Entry {

		@NotNull
		private Long id;

		@NotNull
		private Presence presence;

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public Presence getPresence() {
			return this.presence;
		}

		public void setPresence(Presence presence) {
			this.presence = presence;
		}

	}

}
