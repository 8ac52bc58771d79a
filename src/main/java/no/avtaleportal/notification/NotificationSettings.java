package no.avtaleportal.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.Role;

/**
 * Each person's choices: how they want each kind of notice by mail (no choice: the default for
 * their roles, {@link NoticeKind#defaultFor}) and the language of their mail (no choice: bokmål).
 */
@Component
class NotificationSettings {

	static final List<String> LANGUAGES = List.of("nb", "en");

	private final JdbcClient jdbc;

	NotificationSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's choice for every kind, defaults filled in from the roles. */
	Map<NoticeKind, DeliveryChoice> choices(long accountId, Set<Role> roles) {
		Map<NoticeKind, DeliveryChoice> choices = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			choices.put(kind, kind.defaultFor(roles));
		}
		this.jdbc.sql("select kind, choice from notification_preference where account_id = ?")
			.param(accountId)
			.query((rs, row) -> Map.entry(NoticeKind.valueOf(rs.getString(1)), DeliveryChoice.valueOf(rs.getString(2))))
			.list()
			.forEach(choice -> choices.put(choice.getKey(), choice.getValue()));
		return choices;
	}

	DeliveryChoice choice(long accountId, Set<Role> roles, NoticeKind kind) {
		return this.jdbc.sql("select choice from notification_preference where account_id = ? and kind = ?")
			.params(accountId, kind.name())
			.query(String.class)
			.optional()
			.map(DeliveryChoice::valueOf)
			.orElseGet(() -> kind.defaultFor(roles));
	}

	@Transactional
	void choose(long accountId, NoticeKind kind, DeliveryChoice choice) {
		this.jdbc.sql("""
				insert into notification_preference (account_id, kind, choice) values (?, ?, ?)
				on conflict (account_id, kind) do update set choice = excluded.choice""")
			.params(accountId, kind.name(), choice.name())
			.update();
	}

	/** Saves the choices and, unless null, the language, at once. */
	@Transactional
	void save(long accountId, Map<NoticeKind, DeliveryChoice> choices, String language) {
		choices.forEach((kind, choice) -> choose(accountId, kind, choice));
		if (language != null) {
			chooseLanguage(accountId, language);
		}
	}

	Locale language(long accountId) {
		return Locale.forLanguageTag(this.jdbc.sql("select language from notification_language where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.orElse("nb"));
	}

	@Transactional
	void chooseLanguage(long accountId, String language) {
		if (!LANGUAGES.contains(language)) {
			throw new IllegalArgumentException(language);
		}
		this.jdbc.sql("""
				insert into notification_language (account_id, language) values (?, ?)
				on conflict (account_id) do update set language = excluded.language""")
			.params(accountId, language)
			.update();
	}

	/**
	 * Takes the key of a notice that must go out once.
	 * @return false when it was taken before (the notice has been sent)
	 */
	boolean takeOnce(String key, java.time.Instant at) {
		return this.jdbc
			.sql("insert into notification_sent_key (once_key, created_at) values (?, ?) on conflict do nothing")
			.params(key, java.sql.Timestamp.from(at))
			.update() == 1;
	}

}
