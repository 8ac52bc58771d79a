package no.avtaleportal.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	@Query("select count(a) from UserAccount a join a.roles r where r = :role and a.enabled = true")
	long countEnabledWithRole(Role role);

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
