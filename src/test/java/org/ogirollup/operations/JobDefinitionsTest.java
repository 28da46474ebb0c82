package org.ogirollup.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTest {

	@TempDir
	Path folder;

	@Test
	void shippedDefinitionsAreValid() {
		Map<String, JobDefinition> definitions = JobDefinitions.readFolder(Path.of("jobs"));

		assertThat(definitions).containsOnlyKeys("nightly", "reaggregate");
		JobDefinition nightly = definitions.get("nightly");
		assertThat(nightly.cron()).contains("0 0 2 * * *");
		assertThat(nightly.years()).isEqualTo(YearSelection.latest(2));
		assertThat(nightly.input()).isEqualTo(Path.of("input").toAbsolutePath());
		JobDefinition reaggregate = definitions.get("reaggregate");
		assertThat(reaggregate.scheduled()).isFalse();
		assertThat(reaggregate.years().givenAtTriggerTime()).isTrue();
	}

	@Test
	void readsListedYearsAndScope() throws IOException {
		Path file = write("fixed.yml", """
				name: fixed
				job: aggregate
				parameters:
				  years: [2021, 2019]
				  scope: "210900"
				  input: in
				  output: out
				""");

		JobDefinition definition = JobDefinitions.read(file);

		assertThat(definition.years().resolve(this.folder)).containsExactly(2019, 2021);
		assertThat(definition.scope()).contains("210900");
		assertThat(definition.cron()).isEmpty();
	}

	@Test
	void latestYearsAreTheLastFoldersOfTheInput() throws IOException {
		for (String year : List.of("2019", "2020", "2021", "notes")) {
			Files.createDirectories(this.folder.resolve(year));
		}

		assertThat(YearSelection.latest(2).resolve(this.folder)).containsExactly(2020, 2021);
		assertThat(YearSelection.latest(5).resolve(this.folder)).containsExactly(2019, 2020, 2021);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			no name | job: aggregate\\nparameters: {input: i, output: o} | 'name' is required
			bad name | name: a b\\njob: aggregate\\nparameters: {input: i, output: o} | 'name' must be letters
			unknown job | name: a\\njob: export\\nparameters: {input: i, output: o} | 'job' must be 'aggregate'
			bad cron | name: a\\njob: aggregate\\ncron: every night\\nparameters: {years: [2021], input: i, output: o} | 'cron' is not a Spring cron expression
			cron, no years | name: a\\njob: aggregate\\ncron: 0 0 2 * * *\\nparameters: {input: i, output: o} | 'parameters.years' is required when there is a cron
			no parameters | name: a\\njob: aggregate | 'parameters' is required
			no input | name: a\\njob: aggregate\\nparameters: {output: o} | 'parameters.input' is required
			no output | name: a\\njob: aggregate\\nparameters: {input: i} | 'parameters.output' is required
			bad year | name: a\\njob: aggregate\\nparameters: {years: [21], input: i, output: o} | 'parameters.years' must hold four-digit report years
			empty years | name: a\\njob: aggregate\\nparameters: {years: [], input: i, output: o} | 'parameters.years' is an empty list
			bad latest | name: a\\njob: aggregate\\nparameters: {years: {latest: 0}, input: i, output: o} | 'parameters.years.latest' must be a positive whole number
			years as text | name: a\\njob: aggregate\\nparameters: {years: recent, input: i, output: o} | 'parameters.years' must be a list of years
			bad scope | name: a\\njob: aggregate\\nparameters: {scope: Fuxin, input: i, output: o} | 'parameters.scope' must be a unit code
			unknown key | name: a\\njob: aggregate\\nschedule: daily\\nparameters: {input: i, output: o} | 'schedule' is not a known key
			unknown param | name: a\\njob: aggregate\\nparameters: {year: 2021, input: i, output: o} | 'parameters.year' is not a known key
			not a mapping | - a\\n- b | must be a mapping
			not YAML | name: [a | is not valid YAML
			""")
	void rejectsBadDefinitionsNamingFileAndKey(String label, String yaml, String message) throws IOException {
		Path file = write("bad.yml", yaml.replace("\\n", "\n"));

		assertThatThrownBy(() -> JobDefinitions.read(file)).isInstanceOf(JobDefinitionException.class)
			.hasMessageStartingWith(file.toString())
			.hasMessageContaining(message);
	}

	@Test
	void rejectsTwoDefinitionsWithOneName() throws IOException {
		String yaml = "name: same\njob: aggregate\nparameters: {input: i, output: o}\n";
		write("a.yml", yaml);
		write("b.yaml", yaml);

		assertThatThrownBy(() -> JobDefinitions.readFolder(this.folder)).isInstanceOf(JobDefinitionException.class)
			.hasMessageContaining("b.yaml: 'name' 'same' is already defined in");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

}
