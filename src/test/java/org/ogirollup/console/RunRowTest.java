package org.ogirollup.console;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Who started a run, and with which definition, as its origin says it. */
class RunRowTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "用户 analyst（作业定义 reaggregate）|analyst|reaggregate",
			"用户 王 芳（控制台：更正 210702-D01，作业定义 reaggregate）|王 芳|reaggregate",
			"用户 analyst（控制台，作业定义 nightly）|analyst|nightly", "用户 analyst（重启运行 7）|analyst|—",
			"计划任务 nightly|计划任务|nightly", "恢复中断的运行 12|服务重启后自动恢复|—", "''|命令行|—",
			"2020 的运行 12 改变了数据，2021 随后重新运行|2020 的运行 12 改变了数据，2021 随后重新运行|—" })
	void theOriginNamesWhoAndWhichDefinition(String origin, String who, String definition) {
		assertThat(RunRow.who(origin)).isEqualTo(who);
		assertThat(RunRow.definition(origin)).isEqualTo(definition);
	}

}
