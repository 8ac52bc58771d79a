package no.avtaleportal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a page asks of a module several times (the steering groups, the user's standing in them)
 * it reads once: in a read-only transaction (a page read, {@link ReadOnlyPages}) the first ask
 * reads and the others get the same answer until the transaction ends. Outside one, and in a
 * transaction that writes, every ask reads, so that a change is never answered from before it.
 */
public final class ReadOnce {

	private ReadOnce() {
	}

	/**
	 * The answer under the key in the current read-only transaction, read by {@code read} the first
	 * time it is asked for.
	 * @param key what was asked and of whom (a list of the owner's name and the arguments)
	 */
	@SuppressWarnings("unchecked")
	public static <T> T read(List<?> key, Supplier<T> read) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return read.get();
		}
		Map<List<?>, Object> answers = (Map<List<?>, Object>) TransactionSynchronizationManager.getResource(ReadOnce.class);
		if (answers == null) {
			answers = new HashMap<>();
			TransactionSynchronizationManager.bindResource(ReadOnce.class, answers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnce.class);
				}

			});
		}
		if (answers.containsKey(key)) {
			return (T) answers.get(key);
		}
		// not computeIfAbsent: a read may ask for another (the standing reads the steering groups)
		T answer = read.get();
		answers.put(key, answer);
		return answer;
	}

}
