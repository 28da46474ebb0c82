package org.ogirollup.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which folders of an input are report years, and what is said of the others. */
class InputFolderTest {

	@TempDir
	private Path work;

	@Test
	void onlyYearFoldersOfAFormatInsideTheInputAreRead() throws IOException {
		Path input = Files.createDirectories(this.work.resolve("input"));
		Files.createDirectories(input.resolve("2019"));
		Files.createDirectories(input.resolve("2021"));
		Files.createDirectories(input.resolve("abc"));
		Files.createDirectories(input.resolve("2018"));
		Path elsewhere = Files.createDirectories(this.work.resolve("elsewhere"));
		Files.createSymbolicLink(input.resolve("2022"), elsewhere);
		Files.createDirectories(input.resolve("shared"));
		Files.createSymbolicLink(input.resolve("2023"), input.resolve("shared"));
		Files.writeString(input.resolve("2020"), "a file, not a folder");

		InputFolder folder = InputFolder.of(input);

		assertThat(folder.years()).containsExactly(2019, 2021, 2023);
		assertThat(folder.notRead()).extracting(InputFolder.NotRead::name).containsExactly("2018", "2022", "abc", "shared");
		assertThat(folder.notRead()).extracting(InputFolder.NotRead::reason)
			.anySatisfy((reason) -> assertThat(reason).startsWith("abc 不是年度文件夹"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("2022 是指向输入文件夹之外的链接"))
			.anySatisfy((reason) -> assertThat(reason).startsWith("2018 年度没有适用的官方报告格式"));
		assertThat(folder.whyYearNotRead(2022)).contains("之外的链接");
		assertThat(folder.whyYearNotRead(2031)).contains("没有 2031 年度的文件夹");
		assertThat(folder.whyYearNotRead(2021)).isNull();
	}

}
