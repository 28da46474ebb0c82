package org.ogirollup.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogirollup.generator.GeneratorOptions;
import org.springframework.boot.DefaultApplicationArguments;

class GenerateCommandTest {

	private final GenerateCommand command = new GenerateCommand();

	@Test
	void defaultsApplyToOmittedOptions() {
		GeneratorOptions options = GenerateCommand.options(new DefaultApplicationArguments("--scope=21"));

		assertEquals(GeneratorOptions.defaults("21"), options);
		assertEquals(List.of(2019, 2020, 2021), options.years());
		assertEquals(3, options.departments());
		assertEquals(2019, options.seed());
		assertEquals(0, options.defects());
		assertFalse(options.consolidated());
	}

	@Test
	void everyOptionIsRead() {
		GeneratorOptions options = GenerateCommand.options(new DefaultApplicationArguments("--scope=national",
				"--years=2020, 2021", "--departments=30", "--seed=7", "--defects=2", "--consolidated=true",
				"--output=x"));

		assertEquals(GeneratorOptions.builder("national").years(2020, 2021).departments(30).seed(7).defects(2)
			.consolidated(true).build(), options);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--years=2021|--scope", "--scope=liaoning|--scope", "--scope=21 --years=2018|--years",
			"--scope=21 --years=2021,2020|--years", "--scope=21 --years=20x1|--years", "--scope=21 --departments=-1|--departments",
			"--scope=21 --departments=many|--departments", "--scope=21 --seed=1.5|--seed", "--scope=21 --defects=-2|--defects",
			"--scope=21 --consolidated=yes|--consolidated", "--scope=21 --year=2021|--year", "--scope=21 --scope=22|--scope",
			"--scope=21 2021|2021" })
	void badOptionsAreNamed(String arguments, String named) {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
				() -> GenerateCommand.options(new DefaultApplicationArguments(arguments.split(" "))));
		assertTrue(ex.getMessage().contains(named), ex.getMessage());
	}

	@Test
	void writesTheFilesItAnnounces(@TempDir Path output) throws Exception {
		int exit = this.command.run(new DefaultApplicationArguments("--scope=21", "--years=2021", "--departments=1",
				"--defects=1", "--output=" + output));

		assertEquals(0, exit);
		assertTrue(Files.exists(output.resolve("units.csv")));
		assertTrue(Files.exists(output.resolve("2021/210900.csv")));
		assertEquals(1 + 13, Files.readAllLines(output.resolve("defects.csv")).size());
	}

	@Test
	void unknownProvinceIsNamed(@TempDir Path output) {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
				() -> this.command.run(new DefaultApplicationArguments("--scope=99", "--output=" + output)));
		assertTrue(ex.getMessage().contains("scope"), ex.getMessage());
	}

	@Test
	void usageNamesEveryOptionWithAnExample() {
		for (String option : List.of("--scope", "--years", "--departments", "--output", "--seed", "--defects",
				"--consolidated", "--documents", "--pdf-font", "example:")) {
			assertTrue(this.command.usage().contains(option), option);
		}
		assertEquals("generate", this.command.name());
	}

}
