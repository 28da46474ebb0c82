package org.ogirollup.submission.word;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ogirollup.submission.document.RowText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word 97-2003 files ({@code .doc}, HWPF): the generator's {@code .docx} reports of the demo
 * (2019 and 2021 formats) saved as {@code .doc} by LibreOffice give the same rows, merged cells
 * and all, as the {@code .docx} they were saved from.
 */
class WordOlderFormatTest {

	private static final Path FOLDER = Path.of("src/test/resources/reports/word");

	private final WordDocumentReader reader = new WordDocumentReader();

	@ParameterizedTest
	@ValueSource(strings = { "210203-2021", "210311-2019" })
	void aDocSavedFromADocxGivesItsRows(String report) throws Exception {
		byte[] doc = Files.readAllBytes(FOLDER.resolve(report + ".doc"));
		byte[] docx = Files.readAllBytes(FOLDER.resolve(report + ".docx"));

		assertThat(RowText.of(this.reader.read(doc))).hasSizeGreaterThan(40)
			.containsExactlyElementsOf(RowText.of(this.reader.read(docx)));
	}

}
