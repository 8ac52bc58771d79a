package no.avtaleportal.activity;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.web.Badge;

/**
 * The traffic light of a status update: always shown with its word ({@code Light.<NAME>}), never
 * by colour alone.
 */
@NamedInterface("api")
public enum Light implements Badge {

	GREEN("bi-check-circle-fill"), YELLOW("bi-exclamation-circle-fill"), RED("bi-x-octagon-fill");

	private final String style = "light-" + name().toLowerCase(Locale.ROOT);

	private final String icon;

	Light(String icon) {
		this.icon = icon;
	}

	@Override
	public String style() {
		return this.style;
	}

	/** Each light has its own shape too, for those who cannot tell the colours apart. */
	@Override
	public String icon() {
		return this.icon;
	}

}
