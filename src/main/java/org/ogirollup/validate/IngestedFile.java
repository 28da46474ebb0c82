package org.ogirollup.validate;

import java.util.ArrayList;
import java.util.List;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.Submission;

/**
 * One input file after reading and checking: the unit of work of ingest, stored whole or not at
 * all so that a restart never sees half a file.
 *
 * @param source the file relative to the input folder
 * @param reportYear the year of its folder
 * @param submissions its submissions with their findings and verdicts
 * @param fileFindings findings about the file that belong to no submission
 * @param stamp what the file looked like when read; {@code null} when it could not be read, so
 * that the next run tries again
 */
public record IngestedFile(String source, int reportYear, List<CheckedSubmission> submissions,
		List<Finding> fileFindings, FileStamp stamp) {

	public IngestedFile {
		submissions = List.copyOf(submissions);
		fileFindings = List.copyOf(fileFindings);
	}

	/**
	 * What is kept of a file the database would not store: each of its units' submissions as a
	 * rejected stand-in without values, with the reason, so the good files beside it are stored
	 * and no unit of it is listed as having sent nothing. Without a stamp, the next run tries the
	 * file again.
	 * @param reason why the database refused it, short
	 */
	public IngestedFile notStored(String reason) {
		String message = "本文件的报送无法保存（" + reason + "），不计入合计；请检查文件后重新报送";
		List<CheckedSubmission> standIns = new ArrayList<>();
		for (CheckedSubmission checked : this.submissions) {
			Submission submission = checked.submission();
			standIns.add(new CheckedSubmission(
					Submission.unread(submission.unitCode(), this.reportYear, submission.scope(), this.source),
					List.of(new Finding(this.source, submission.unitCode(), this.reportYear, RuleIds.NOT_STORED,
							Severity.ERROR, List.of(), message))));
		}
		List<Finding> findings = standIns.isEmpty()
				? List.of(new Finding(this.source, "", this.reportYear, RuleIds.NOT_STORED, Severity.ERROR, List.of(), message))
				: List.of();
		return new IngestedFile(this.source, this.reportYear, standIns, findings, null);
	}

}
