package org.ogirollup.command;

import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every command takes the options its help names, Spring's settings, and nothing else. */
class KnownOptionsTest {

	static List<Command> commands() {
		PrintStream out = System.out;
		return List.of(new AggregateCommand(out), new ParseCommand(), new GenerateCommand(), new ServeCommand());
	}

	@ParameterizedTest
	@MethodSource("commands")
	void everyOptionTheHelpNamesIsTakenWithAValueAndWithout(Command command) {
		KnownOptions known = KnownOptions.of(command);

		assertThat(known.names()).contains("--help").hasSizeGreaterThan(2);
		for (String name : known.names()) {
			assertThatCode(() -> known.check(new String[] { name + "=1", name })).as(name).doesNotThrowAnyException();
		}
	}

	@ParameterizedTest
	@MethodSource("commands")
	void springsOwnSettingsPassThroughAndAMisspelledOptionIsRefusedWithTheOneMeant(Command command) {
		KnownOptions known = KnownOptions.of(command);
		String option = known.names().stream().filter((name) -> !name.equals("--help")).findFirst().orElseThrow();
		String swapped = "--" + option.charAt(3) + option.charAt(2) + option.substring(4);

		assertThatCode(() -> known.check(new String[] { "--spring.main.banner-mode=off", "--server.port=0",
				"--logging.level.root=WARN", "--management.endpoints.access.default=none" }))
			.doesNotThrowAnyException();
		assertThatIllegalArgumentException().isThrownBy(() -> known.check(new String[] { swapped + "=x" }))
			.withMessageStartingWith("没有选项 " + swapped + "，是否要写 ")
			.withMessageContaining(option);
		assertThatIllegalArgumentException().isThrownBy(() -> known.check(new String[] { "--sping.datasource.url=x" }))
			.withMessageStartingWith("没有选项 --sping.datasource.url");
	}

	@ParameterizedTest
	@MethodSource("commands")
	void onlyParseTakesAFile(Command command) {
		KnownOptions known = KnownOptions.of(command);
		if (command.takesArguments()) {
			assertThatCode(() -> known.check(new String[] { "report.html" })).doesNotThrowAnyException();
		}
		else {
			assertThatIllegalArgumentException().isThrownBy(() -> known.check(new String[] { "2021" }))
				.withMessage("不接受参数 '2021'：选项写作 --名称=值，如 --year=2021");
		}
		assertThat(command.takesArguments()).isEqualTo(command.name().equals("parse"));
	}

	@Test
	void anyIndexOfAListSettingIsTheSameOption() {
		KnownOptions serve = KnownOptions.of(new ServeCommand());

		assertThatCode(() -> serve.check(new String[] { "--ogi.users[7].name=王", "--ogi.users[7].role=viewer" }))
			.doesNotThrowAnyException();
		assertThatIllegalArgumentException().isThrownBy(() -> serve.check(new String[] { "--ogi.users[7].rol=viewer" }))
			.withMessageContaining("--ogi.users[0].role");
	}

}
