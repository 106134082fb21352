package io.faultline.system;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Moves {@code record_version_seq} on once more after a transaction that changed the
 * record has committed (V37). The triggers move it when a statement writes, before the
 * commit: a request that read the version in between computed without the change and kept
 * that under the new version ({@link RecordCache}). After this second move its entry
 * holds an old version and is computed again on the next look-up.
 * <p>
 * Spring Boot registers it with the transaction manager. It costs a transaction that
 * wrote one read of a setting before its commit (after writing what JPA holds, as the
 * commit would), and one more of the sequence after it when the record changed; read-only
 * transactions, and those that take part in another, cost nothing.
 */
@Component
class RecordVersions implements TransactionExecutionListener {

	private static final Log logger = LogFactory.getLog(RecordVersions.class);

	/** The transaction, on this thread, whose commit is to move the version on. */
	private final ThreadLocal<TransactionExecution> changed = new ThreadLocal<>();

	private final ObjectProvider<JdbcClient> jdbc;

	private final ObjectProvider<EntityManagerFactory> entityManagers;

	RecordVersions(ObjectProvider<JdbcClient> jdbc, ObjectProvider<EntityManagerFactory> entityManagers) {
		this.jdbc = jdbc;
		this.entityManagers = entityManagers;
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (!transaction.isNewTransaction() || transaction.isReadOnly()) {
			return;
		}
		// Whatever JPA still holds is written first: its statements have then run their
		// triggers by the time the mark is read, whenever JPA would have flushed.
		EntityManager entities = EntityManagerFactoryUtils
			.getTransactionalEntityManager(this.entityManagers.getObject());
		if (entities != null) {
			try {
				entities.flush();
			}
			catch (RuntimeException ex) {
				// As the commit would have reported it (a conflict of versions, a
				// constraint).
				RuntimeException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(ex);
				throw (translated != null) ? translated : ex;
			}
		}
		if (changedTheRecord()) {
			this.changed.set(transaction);
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (this.changed.get() != transaction) {
			return;
		}
		this.changed.remove();
		if (failure != null) {
			return;
		}
		try {
			this.jdbc.getObject().sql("SELECT nextval('record_version_seq')").query(Long.class).single();
		}
		catch (RuntimeException ex) {
			// Committed all the same: what was kept expires after RecordCache.LIFETIME.
			logger.warn("Could not move the record's version on after a commit", ex);
		}
	}

	@Override
	public void afterRollback(TransactionExecution transaction, Throwable failure) {
		if (this.changed.get() == transaction) {
			this.changed.remove();
		}
	}

	/** Whether a trigger marked this transaction; when that cannot be told, yes. */
	private boolean changedTheRecord() {
		try {
			return Boolean.TRUE.equals(this.jdbc.getObject()
				.sql("SELECT current_setting('faultline.record_changed', true) = 'on'")
				.query(Boolean.class)
				.single());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not tell whether the transaction changed the record", ex);
			return true;
		}
	}

}
