package no.avtaleportal.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import no.avtaleportal.evaluation.Dossier.ActivityLine;
import no.avtaleportal.evaluation.Dossier.Area;
import no.avtaleportal.evaluation.Dossier.UpdateLine;

/**
 * The dossier's activities a page at a time, under the headings of their focus area and commitment:
 * the evaluation page shows what each commitment's activities come to, and this the activities
 * themselves with their status updates in the period, which grow with the agreement's work.
 */
public record DossierActivities(List<AreaPart> areas) {

	/** How many activities a page shows. */
	static final int PAGE_SIZE = 25;

	/** A focus area's activities on the page, by commitment. */
	public record AreaPart(Area area, List<Group> groups) {
	}

	/**
	 * A commitment's activities on the page ({@code number} "A1" and its text), or the area's under no
	 * commitment ({@code number} null).
	 */
	public record Group(String number, String text, List<ActivityLine> activities) {
	}

	/** An activity in the dossier's order, with where it belongs. */
	record Entry(Area area, String number, String text, ActivityLine line) {

		Entry withUpdates(List<UpdateLine> updates) {
			return new Entry(this.area, this.number, this.text, this.line.withUpdates(updates));
		}

	}

	/** Every activity of the dossier's areas in its order: per focus area each commitment's, then those under none. */
	static List<Entry> entries(List<Area> areas) {
		List<Entry> entries = new ArrayList<>();
		for (Area area : areas) {
			area.commitments()
				.forEach(part -> part.activities()
					.forEach(line -> entries.add(new Entry(area, part.number(), part.text(), line))));
			area.otherActivities().forEach(line -> entries.add(new Entry(area, null, null, line)));
		}
		return entries;
	}

	/** The entries of a page under their headings, in the same order. */
	static DossierActivities of(List<Entry> entries) {
		List<AreaPart> areas = new ArrayList<>();
		for (Entry entry : entries) {
			AreaPart area = areas.isEmpty() ? null : areas.get(areas.size() - 1);
			if (area == null || area.area().id() != entry.area().id()) {
				area = new AreaPart(entry.area(), new ArrayList<>());
				areas.add(area);
			}
			List<Group> groups = area.groups();
			Group group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (group == null || !Objects.equals(group.number(), entry.number())) {
				group = new Group(entry.number(), entry.text(), new ArrayList<>());
				groups.add(group);
			}
			group.activities().add(entry.line());
		}
		return new DossierActivities(areas);
	}

}
