package org.ogirollup.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.ogirollup.store.SubmissionStore;
import org.ogirollup.text.Excerpt;
import org.ogirollup.validate.IngestedFile;

/**
 * Stores a chunk of read files in the chunk's transaction. Should the database refuse a row
 * (every field is bounded when read, so this is the last line of defence), the chunk is stored
 * again file by file, each within a savepoint of the same transaction, and a file the database
 * still refuses is stored as a rejected stand-in with the reason: one bad file never fails the
 * year, nor costs the good files of its chunk.
 */
class SubmissionWriter implements ItemWriter<IngestedFile> {

	private static final Log logger = LogFactory.getLog(SubmissionWriter.class);

	private final SubmissionStore store;

	private final TransactionTemplate savepoint;

	SubmissionWriter(SubmissionStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.savepoint = new TransactionTemplate(transactionManager);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public void write(Chunk<? extends IngestedFile> chunk) {
		try {
			saveWithinSavepoint(chunk.getItems());
		}
		catch (DataAccessException refused) {
			for (IngestedFile file : chunk.getItems()) {
				try {
					saveWithinSavepoint(List.of(file));
				}
				catch (DataAccessException fileRefused) {
					logger.warn(file.source() + " could not be stored and is rejected: " + rootMessage(fileRefused));
					saveWithinSavepoint(List.of(file.notStored("数据库拒绝：" + Excerpt.of(rootMessage(fileRefused)))));
				}
			}
		}
	}

	private void saveWithinSavepoint(List<? extends IngestedFile> files) {
		this.savepoint.executeWithoutResult((status) -> this.store.save(files));
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

}
