package org.ogirollup.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A year's output files on offer: only inside the year's folder, CSV served with one byte order mark. */
class OutputFilesTest {

	@TempDir
	Path output;

	@Test
	void aCsvWithoutAByteOrderMarkGetsOneAndOneWithItKeepsItsBytes() throws IOException {
		Path year = Files.createDirectories(this.output.resolve("2021/tables"));
		Path plain = Files.writeString(this.output.resolve("2021/totals.csv"), "node_code,node_name\n210000,辽宁省\n");
		byte[] marked = ("\uFEFF" + "辽宁省（210000）,2021\r\n").getBytes(StandardCharsets.UTF_8);
		Path tables = Files.write(year.resolve("210000.csv"), marked);

		assertThat(served(plain)).startsWith(OutputFiles.BOM).hasSize((int) Files.size(plain) + 3);
		assertThat(new String(served(plain), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + Files.readString(plain));
		assertThat(OutputFiles.servedLength(plain)).isEqualTo(Files.size(plain) + 3);
		assertThat(served(tables)).isEqualTo(marked);
		assertThat(OutputFiles.servedLength(tables)).isEqualTo(marked.length);
		assertThat(OutputFiles.list(this.output.resolve("2021"))).extracting(OutputFiles.OutputFile::name)
			.containsExactly("totals.csv", "tables/210000.csv");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../units.csv", "tables/../../units.csv", "/etc/passwd", "..", "tables", "tables\\210000.csv",
			"totals.csv.tmp/x", "missing.csv", "a/b/c.csv", "" })
	void nothingOutsideTheYearsFolderNorAnythingButItsFilesIsServed(String name) throws IOException {
		Files.createDirectories(this.output.resolve("2021/tables"));
		Files.writeString(this.output.resolve("units.csv"), "secret");
		Files.writeString(this.output.resolve("2021/tables/210000.csv"), "x");
		assertThat(OutputFiles.resolve(this.output.resolve("2021"), name)).isEmpty();
	}

	@Test
	void aLinkOutOfTheYearsFolderIsNotFollowed() throws IOException {
		Path year = Files.createDirectories(this.output.resolve("2021"));
		Path secret = Files.writeString(this.output.resolve("secret.csv"), "secret");
		Files.createSymbolicLink(year.resolve("totals.csv"), secret);
		assertThat(OutputFiles.resolve(year, "totals.csv")).isEmpty();
		assertThat(OutputFiles.list(year)).isEmpty();
	}

	private static byte[] served(Path file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		OutputFiles.copy(file, out);
		return out.toByteArray();
	}

}
