package no.avtaleportal.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select count(a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
	long countEnabledWithRole(Role role);

	/**
	 * The enabled accounts with the role, locked until the transaction ends, so that two
	 * administrators cannot remove the last two administrators at the same time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UserAccount a where a.enabled = true and :role member of a.roles")
	List<UserAccount> lockEnabledWithRole(Role role);

	/**
	 * The accounts whose username, name or e-mail contains the text (all when it is empty), with
	 * their roles, in one statement.
	 */
	@Query("""
			select distinct a from UserAccount a left join fetch a.roles
			where :text = '' or lower(a.username) like concat('%', :text, '%')
			   or lower(a.displayName) like concat('%', :text, '%') or lower(a.email) like concat('%', :text, '%')
			order by a.displayName, a.username""")
	List<UserAccount> search(String text);

	/**
	 * An account with what the page frame shows of it, in one statement.
	 */
	@Query("""
			select new no.avtaleportal.account.UserAccountRepository$SignInRecord(a, o.shortName)
			from UserAccount a left join no.avtaleportal.people.Organisation o on o.id = a.organisationId
			where a.username = :username""")
	Optional<SignInRecord> findSignInRecord(String username);

	record SignInRecord(UserAccount account, String organisationShortName) {
	}

}
