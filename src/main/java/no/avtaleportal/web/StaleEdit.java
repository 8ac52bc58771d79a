package no.avtaleportal.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one path of a versioned change. Every edit form carries the version of what it edits, and a
 * change is saved only over the version the user saw. When someone else saved in between, the user
 * gets the same form back (status 409, see {@link WebConfiguration}) with what they typed, the
 * values saved now beside each field that differs ({@code fragments/forms}) and a message that says
 * what happened, as "Taming Thymeleaf" does. The form then carries the current version: saving it
 * again knowingly replaces the other change. A change without a form (a button) is refused with the
 * conflict page instead ({@link #require}).
 *
 * @param current the saved values as a form made from the entity ({@code XForm.from(entity)}), or
 * {@code null} where the page shows them anyway
 */
public record StaleEdit(Object current) {

	/** The model attribute that marks a page as showing a stale edit. */
	public static final String MODEL_ATTRIBUTE = "staleEdit";

	/** The message of the form as a whole. */
	static final String MESSAGE = "form.stale";

	/**
	 * Checks that the form was opened at the version saved now. If not, the form is rejected with
	 * the conflict message (so the controller shows it again, as for any error), takes the current
	 * version, and the model gets the saved values to show beside the user's.
	 * @param saved the version saved now
	 * @param currentValues a form made from what is saved now, or {@code null} where the page
	 * shows it anyway
	 */
	public static void check(long saved, VersionedForm form, Object currentValues, BindingResult result, Model model) {
		if (!same(saved, form.getVersion())) {
			form.setVersion(saved);
			result.reject(MESSAGE);
			model.addAttribute(MODEL_ATTRIBUTE, new StaleEdit(currentValues));
		}
	}

	/**
	 * Rejects a form whose object can no longer be changed (submitted, treated) although it could
	 * when the form was opened: the form comes back (409) with what the user typed, what is saved
	 * beside each field that differs, and the message, which says why. Posting it again changes
	 * nothing.
	 * @param message the key of the message for the form as a whole
	 * @param currentValues a form made from what is saved now, or {@code null} where the page shows it anyway
	 */
	public static void closed(String message, Object currentValues, BindingResult result, Model model) {
		result.reject(message);
		model.addAttribute(MODEL_ATTRIBUTE, new StaleEdit(currentValues));
	}

	/**
	 * Refuses a change without a form (a button) made from an older version than the one saved
	 * now: the conflict page asks the user to reload.
	 * @throws ObjectOptimisticLockingFailureException when the versions differ
	 */
	public static void require(long saved, long submitted, Class<?> type, Object id) {
		if (!same(saved, submitted)) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	private static boolean same(long saved, long submitted) {
		return saved == submitted;
	}

	/** Whether the saved value of the field differs from what the user typed. */
	public boolean differs(String field, Object typed) {
		return this.current != null && !normal(value(field)).equals(normal(typed));
	}

	/** The saved value of the field, or {@code null}. */
	public Object value(String field) {
		if (this.current == null) {
			return null;
		}
		BeanWrapper saved = PropertyAccessorFactory.forBeanPropertyAccess(this.current);
		return saved.isReadableProperty(field) ? saved.getPropertyValue(field) : null;
	}

	/**
	 * The saved value of the field as the page writes it (dates as {@code 20.11.2023}, several
	 * values with commas); {@code null} when there is none.
	 */
	public String text(String field) {
		String text = written(value(field));
		return text.isBlank() ? null : text;
	}

	/** The saved value of a yes/no field, or {@code null} for another field. */
	public Boolean yesOrNo(String field) {
		return (value(field) instanceof Boolean yes) ? yes : null;
	}

	/** The choices among the options that the saved value of the field names. */
	public List<SelectOption> chosen(String field, List<SelectOption> options) {
		if (options == null) {
			return List.of();
		}
		Object saved = value(field);
		Collection<?> values = (saved instanceof Collection<?> many) ? many : (saved != null) ? List.of(saved) : List.of();
		List<String> wanted = values.stream().map(Objects::toString).toList();
		return options.stream().filter(option -> wanted.contains(option.value())).toList();
	}

	private static String written(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate day) {
			return Formats.date(day);
		}
		if (value instanceof Collection<?> many) {
			return many.stream().map(StaleEdit::written).collect(Collectors.joining(", "));
		}
		return value.toString().strip();
	}

	private static String normal(Object value) {
		if (value instanceof Collection<?> many) {
			return many.stream().map(StaleEdit::normal).sorted().collect(Collectors.joining("\n"));
		}
		return (value == null) ? "" : value.toString().replace("\r\n", "\n").strip();
	}

}
