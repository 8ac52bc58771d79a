package no.avtaleportal.web;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one check of a versioned change, without Spring: a current form passes untouched; a stale
 * one is rejected, takes the saved version and offers the saved values field by field.
 */
class StaleEditTests {

	@Test
	void aFormOfTheCurrentVersionPasses() {
		Form form = new Form("Mitt", LocalDate.of(2025, 3, 1), List.of(1L), 4);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");
		ExtendedModelMap model = new ExtendedModelMap();
		StaleEdit.check(4, form, null, result, model);
		assertThat(result.hasErrors()).isFalse();
		assertThat(model).doesNotContainKey(StaleEdit.MODEL_ATTRIBUTE);
	}

	@Test
	void aStaleFormIsRejectedTakesTheSavedVersionAndOffersTheSavedValues() {
		Form typed = new Form("Mitt\r\n", LocalDate.of(2025, 3, 1), List.of(2L, 1L), 3);
		Form saved = new Form("Deres", LocalDate.of(2025, 4, 1), List.of(1L, 2L), 4);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(typed, "form");
		ExtendedModelMap model = new ExtendedModelMap();
		StaleEdit.check(4, typed, saved, result, model);
		assertThat(result.getGlobalError().getCode()).isEqualTo("form.stale");
		assertThat(typed.getVersion()).isEqualTo(4);
		StaleEdit stale = (StaleEdit) model.get(StaleEdit.MODEL_ATTRIBUTE);
		assertThat(stale.differs("text", typed.getText())).isTrue();
		assertThat(stale.differs("day", typed.getDay())).isTrue();
		assertThat(stale.differs("ids", typed.getIds())).as("the same choices in another order").isFalse();
		assertThat(stale.text("day")).isEqualTo("01.04.2025");
		assertThat(stale.text("ids")).isEqualTo("1, 2");
		assertThat(stale.chosen("ids", List.of(SelectOption.of(1, "En"), SelectOption.of(3, "Tre"))))
			.containsExactly(SelectOption.of(1, "En"));
		assertThat(stale.yesOrNo("text")).isNull();
	}

	@Test
	void aStaleButtonIsRefused() {
		StaleEdit.require(2, 2, Form.class, 1L);
		assertThatThrownBy(() -> StaleEdit.require(2, 1, Form.class, 1L))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	public static class Form implements VersionedForm {

		private final String text;

		private final LocalDate day;

		private final List<Long> ids;

		private long version;

		Form(String text, LocalDate day, List<Long> ids, long version) {
			this.text = text;
			this.day = day;
			this.ids = ids;
			this.version = version;
		}

		public String getText() {
			return this.text;
		}

		public LocalDate getDay() {
			return this.day;
		}

		public List<Long> getIds() {
			return this.ids;
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

}
