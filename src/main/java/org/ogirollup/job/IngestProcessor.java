package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.ogirollup.finding.Finding;
import org.ogirollup.registry.Registry;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionFiles;
import org.ogirollup.validate.IngestedFile;
import org.ogirollup.validate.Validator;

/** Reads one submission file and checks every submission in it; stateless, so safe to retry. */
class IngestProcessor implements ItemProcessor<Path, IngestedFile> {

	private final Path inputRoot;

	private final int year;

	private final Registry registry;

	private final Validator validator;

	IngestProcessor(Path inputRoot, int year, Registry registry, Function<Submission, List<Finding>> rules,
			Validator.Advice advice) {
		this.inputRoot = inputRoot;
		this.year = year;
		this.registry = registry;
		this.validator = new Validator(registry, rules, advice);
	}

	@Override
	public IngestedFile process(Path file) {
		byte[] bytes;
		FileStamp stamp;
		try {
			bytes = Files.readAllBytes(file);
			stamp = FileStamp.of(file, bytes);
		}
		catch (IOException ex) {
			FileRead unreadable = SubmissionFiles.unreadable(this.inputRoot, file, this.year, ex);
			return new IngestedFile(unreadable.source(), this.year, List.of(), unreadable.fileFindings(), null);
		}
		FileRead read = SubmissionFiles.read(this.inputRoot, file, bytes, this.year, this.registry::contains);
		return new IngestedFile(read.source(), this.year,
				read.submissions().stream().map(this.validator::check).toList(), read.fileFindings(), stamp);
	}

}
