package no.avtaleportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The message bundles, as Spring Boot sets them up from {@code spring.messages}, with each message's
 * formats made once rather than on every use. Java's {@link MessageFormat} makes a new
 * {@link NumberFormat} for every number it formats without a format of its own ("{0} aktiviteter"),
 * and parses again, on every use, a choice's text that names the count ("{0,choice,1#én dag|1<{0}
 * dager}"): together 2 to 5 % of a page's CPU (issue 15). Here the message keeps its number format
 * and its choices' texts parsed. The text is the same: the locale's formats, as Java would make them.
 * A choice's text that names another argument than the choice's own is left to Java, since a format
 * is given nothing but its own value.
 * <p>
 * A message's format is shared by every request; Spring formats it while it holds the format's lock
 * ({@code AbstractMessageSource}), which keeps the formats it holds to one thread at a time.
 */
@Configuration(proxyBeanMethods = false)
class MessageFormats {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {

			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				return (locale != null) ? new Message(message, locale) : super.createMessageFormat(message, locale);
			}

		};
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		if (properties.getCommonMessages() != null) {
			Properties common = new Properties();
			for (Resource resource : properties.getCommonMessages()) {
				try {
					PropertiesLoaderUtils.fillProperties(common, resource);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Could not read the common messages of " + resource, ex);
				}
			}
			messages.setCommonMessages(common);
		}
		return messages;
	}

	/**
	 * A message whose arguments without a format of their own, and whose choices that name only their
	 * own argument, are formatted by formats it made once.
	 */
	static final class Message extends MessageFormat {

		Message(String pattern, Locale locale) {
			super(pattern, locale);
			Format[] byArgument = getFormatsByArgumentIndex();
			Format[] formats = getFormats();
			Format plain = new Plain(locale);
			for (int i = 0; i < formats.length; i++) {
				if (formats[i] == null) {
					setFormat(i, plain);
				}
				else if (formats[i] instanceof ChoiceFormat choice) {
					Choice own = Choice.of(choice, argumentOf(choice, byArgument), locale);
					if (own != null) {
						setFormat(i, own);
					}
				}
			}
		}

		/**
		 * The argument a format is for, as far as {@link #getFormatsByArgumentIndex()} tells it (the
		 * format of the last place that shows each argument), or -1.
		 */
		private static int argumentOf(Format format, Format[] byArgument) {
			for (int argument = 0; argument < byArgument.length; argument++) {
				if (byArgument[argument] == format) {
					return argument;
				}
			}
			return -1;
		}

	}

	/**
	 * What {@link MessageFormat} does with an argument that has no format: a number by the locale's
	 * number format, a date by its short date and time, any other value as its text.
	 */
	private static final class Plain extends Format {

		private final Locale locale;

		private final NumberFormat numbers;

		Plain(Locale locale) {
			this.locale = locale;
			this.numbers = NumberFormat.getInstance(locale);
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			if (value instanceof Number) {
				return this.numbers.format(value, to, position);
			}
			if (value instanceof Date) {
				return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, this.locale)
					.format(value, to, position);
			}
			return to.append(value);
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException();
		}

	}

	/**
	 * A choice whose texts name no argument but its own: a text that names it is formatted as a message
	 * of its own with the value as that argument, as {@link MessageFormat} does with all the arguments.
	 */
	private static final class Choice extends Format {

		/** What no message shows, in the place of the other arguments when a text is tried. */
		private static final String ELSEWHERE = "\u0000";

		private final ChoiceFormat choice;

		private final int argument;

		private final Map<String, Message> texts;

		private Choice(ChoiceFormat choice, int argument, Map<String, Message> texts) {
			this.choice = choice;
			this.argument = argument;
			this.texts = texts;
		}

		/** The choice with its texts parsed; none when a text names another argument or the argument is not known. */
		static Choice of(ChoiceFormat choice, int argument, Locale locale) {
			if (argument < 0) {
				return null;
			}
			Map<String, Message> texts = new HashMap<>();
			for (Object option : choice.getFormats()) {
				String text = (String) option;
				if (text.indexOf('{') >= 0) {
					Message message = new Message(text, locale);
					Object[] tried = new Object[Math.max(message.getFormatsByArgumentIndex().length, argument + 1)];
					Arrays.fill(tried, ELSEWHERE);
					tried[argument] = 1;
					try {
						if (message.format(tried).contains(ELSEWHERE)) {
							return null;
						}
					}
					catch (IllegalArgumentException formattedAsAnotherArgument) {
						return null;
					}
					texts.put(text, message);
				}
			}
			return new Choice(choice, argument, texts);
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			String text = this.choice.format(value);
			Message message = this.texts.get(text);
			if (message == null) {
				return to.append(text);
			}
			Object[] arguments = new Object[this.argument + 1];
			arguments[this.argument] = value;
			return to.append(message.format(arguments));
		}

		@Override
		public Object parseObject(String source, ParsePosition position) {
			throw new UnsupportedOperationException();
		}

	}

}
