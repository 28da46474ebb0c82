package org.ogirollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import org.ogirollup.finding.Finding;
import org.ogirollup.input.InputFolder;
import org.ogirollup.input.SubmissionFiles;
import org.ogirollup.registry.Registry;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.Submission;
import org.ogirollup.validate.IngestedFile;
import org.ogirollup.validate.Validator;

/** Reads one submission file and checks every submission in it; stateless, so safe to retry. */
class IngestProcessor implements ItemProcessor<Path, IngestedFile> {

	private final int year;

	private final SubmissionFiles files;

	private final Validator validator;

	IngestProcessor(Path inputRoot, int year, Registry registry, Function<Submission, List<Finding>> rules,
			Validator.Advice advice) {
		this.year = year;
		try {
			this.files = new SubmissionFiles(InputFolder.of(inputRoot), year, registry::contains);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the input folder " + inputRoot, ex);
		}
		this.validator = new Validator(registry, rules, advice);
	}

	@Override
	public IngestedFile process(Path file) {
		FileRead read = this.files.read(file);
		return new IngestedFile(read.source(), this.year,
				read.submissions().stream().map(this.validator::check).toList(), read.fileFindings(), read.stamp());
	}

}
