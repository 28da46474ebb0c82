package org.ogirollup.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.generator.report.CjkFonts;

import org.ogirollup.TestPrerequisites;

import static org.assertj.core.api.Assertions.assertThat;
import org.ogirollup.TestPrerequisites;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --documents}: some units send a published document instead of their CSV, nothing else changes. */
class GeneratorDocumentsTest {

	@TempDir
	private Path work;

	@Test
	void eachKindIsSentByAsManyUnitsAsAskedInsteadOfTheirCsv() throws IOException {
		TestPrerequisites.require(CjkFonts.find().isPresent(),
				"no font with Chinese characters for PDF: .ci/run installs it, or apt-get install fonts-wqy-microhei");
		GeneratorOptions.Builder options = GeneratorOptions.builder("21").years(2021).departments(0).seed(7);
		GenerationSummary plain = new Generator(options.build()).generate(this.work.resolve("plain"));
		GenerationSummary withDocuments = new Generator(options.documents(2).build()).generate(this.work.resolve("docs"));

		List<String> plainFiles = names(this.work.resolve("plain/2021"));
		List<String> documentFiles = names(this.work.resolve("docs/2021"));
		List<String> documents = documentFiles.stream().filter((name) -> !name.endsWith(".csv")).toList();
		assertThat(documents).extracting((name) -> name.substring(name.lastIndexOf('.')))
			.containsExactlyInAnyOrder(".html", ".html", ".docx", ".docx", ".xlsx", ".xlsx", ".pdf", ".pdf");
		for (String document : documents) {
			String csv = document.substring(0, document.lastIndexOf('.')) + ".csv";
			assertThat(plainFiles).contains(csv);
			assertThat(documentFiles).doesNotContain(csv);
		}
		assertThat(withDocuments.submissions()).isEqualTo(plain.submissions());
		assertThat(withDocuments.files()).isEqualTo(plain.files());
	}

	@Test
	void aFontThatIsNotThereIsSaidBeforeAnythingIsWritten() {
		GeneratorOptions options = GeneratorOptions.builder("21").years(2021).departments(0).documents(1)
			.pdfFont(this.work.resolve("missing.ttc")).build();

		assertThatThrownBy(() -> new Generator(options).generate(this.work.resolve("out")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("pdf-font")
			.hasMessageContaining("missing.ttc");
		assertThat(this.work.resolve("out")).doesNotExist();
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
