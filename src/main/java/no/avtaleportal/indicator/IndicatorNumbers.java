package no.avtaleportal.indicator;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers on every indicator page as people write them: "12,5" as well as "12.5", spaces between
 * thousands allowed; shown without trailing zeros.
 */
@ControllerAdvice(assignableTypes = { IndicatorController.class, IndicatorDefinitionController.class,
		MeasurementController.class })
class IndicatorNumbers {

	@InitBinder
	void numbers(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				String plain = (text != null) ? text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.') : "";
				setValue(plain.isEmpty() ? null : new BigDecimal(plain));
			}

			@Override
			public String getAsText() {
				return (getValue() != null) ? IndicatorForm.plain((BigDecimal) getValue()).toPlainString() : "";
			}
		});
	}

}
