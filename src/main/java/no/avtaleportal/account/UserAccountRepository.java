package no.avtaleportal.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

import no.avtaleportal.web.NotFoundException;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	/**
	 * The account with the id.
	 * @throws NotFoundException when there is none
	 */
	default UserAccount require(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

	Optional<UserAccount> findByUsername(String username);

	/** The persons the account has been linked to in any of its revisions, in one statement. */
	@Query(value = "select distinct person_id from user_account_aud where id = :id and person_id is not null",
			nativeQuery = true)
	List<Long> findPersonIdsEverLinked(long id);

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
	 * One page of the ids of the accounts whose username, name or e-mail contains the text (all
	 * when it is empty), by name.
	 */
	@Query("""
			select a.id from UserAccount a
			where :text = '' or lower(a.username) like concat('%', :text, '%')
			   or lower(a.displayName) like concat('%', :text, '%') or lower(a.email) like concat('%', :text, '%')
			order by a.displayName, a.username, a.id""")
	List<Long> search(String text, Pageable pageable);

	/**
	 * How many accounts {@link #search} finds in all.
	 */
	@Query("""
			select count(a) from UserAccount a
			where :text = '' or lower(a.username) like concat('%', :text, '%')
			   or lower(a.displayName) like concat('%', :text, '%') or lower(a.email) like concat('%', :text, '%')""")
	long countSearch(String text);

	/**
	 * The accounts with their roles, in one statement, by name.
	 */
	@Query("""
			select distinct a from UserAccount a left join fetch a.roles where a.id in :ids
			order by a.displayName, a.username, a.id""")
	List<UserAccount> findWithRoles(Collection<Long> ids);

	/**
	 * The enabled accounts linked to the people or with the ids, with their roles, in one
	 * statement (notifications, issue 18).
	 */
	@Query("""
			select distinct a from UserAccount a left join fetch a.roles
			where a.enabled = true and (a.personId in :personIds or a.id in :accountIds)
			order by a.id""")
	List<UserAccount> findEnabledLinkedTo(Collection<Long> personIds, Collection<Long> accountIds);

}
