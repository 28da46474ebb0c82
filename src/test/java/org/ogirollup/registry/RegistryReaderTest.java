package org.ogirollup.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class RegistryReaderTest {

	private static final String HEADER = "code,name,level,parent_code\n";

	/** A province with a city, two counties and departments, listed out of code order. */
	private static final String GOOD = HEADER + """
			210000,辽宁省,province,
			210100,沈阳市,city,210000
			210103,沈河区,county,210100
			210102,和平区,county,210100
			210100-D01,沈阳市教育局,department,210100
			210102-D01,和平区公安分局,department,210102
			""";

	@Test
	void goodRegistryBuildsTheTree() {
		// when
		Registry registry = RegistryReader.parse("units.csv", GOOD);

		// then
		assertThat(registry.size()).isEqualTo(6);
		assertThat(registry.units()).extracting(Unit::code)
			.containsExactly("210000", "210100", "210103", "210102", "210100-D01", "210102-D01");
		assertThat(registry.governments()).extracting(Unit::code)
			.containsExactly("210000", "210100", "210102", "210103");
		assertThat(registry.unit("210102")).contains(new Unit("210102", "和平区", Level.COUNTY, "210100"));
		assertThat(registry.unit("210100-D01").map(Unit::level)).contains(Level.DEPARTMENT);
		assertThat(registry.unit("999999")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			210000     | 210000
			210100     | 210100 210000
			210102     | 210102 210100 210000
			210100-D01 | 210100 210000
			210102-D01 | 210102 210100 210000
			unknown    | ''
			""")
	void governmentChainIsTheUnitsGovernmentThenItsAncestors(String unit, String chain) {
		// given
		Registry registry = RegistryReader.parse("units.csv", GOOD);

		// when / then
		List<String> expected = chain.isEmpty() ? List.of() : List.of(chain.split(" "));
		assertThat(registry.governmentChain(unit)).containsExactlyElementsOf(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			210102-D01 | 沈阳市 | 和平区
			210102     | 沈阳市 | 和平区
			210100-D01 | 沈阳市 | ''
			210100     | 沈阳市 | ''
			210000     | ''     | ''
			unknown    | ''     | ''
			""")
	void governmentAtALevelIsTheUnitOrItsNearestAncestorOfThatLevel(String unit, String city, String county) {
		Registry registry = RegistryReader.parse("units.csv", GOOD);

		assertThat(registry.governmentAt(unit, Level.CITY).map(Unit::name).orElse("")).isEqualTo(city);
		assertThat(registry.governmentAt(unit, Level.COUNTY).map(Unit::name).orElse("")).isEqualTo(county);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			210102-D01 | 210102 | true
			210102-D01 | 210100 | true
			210102-D01 | 210000 | true
			210102-D01 | 210103 | false
			210100-D01 | 210102 | false
			210100     | 210100 | true
			210000     | 210100 | false
			""")
	void isWithinFollowsTheTree(String unit, String node, boolean within) {
		assertThat(RegistryReader.parse("units.csv", GOOD).isWithin(unit, node)).isEqualTo(within);
	}

	@Test
	void everyLevelIsRead() {
		// given
		String text = HEADER + """
				100000,中华人民共和国,nation,
				210000,辽宁省,province,100000
				210100,沈阳市,city,210000
				210102,和平区,county,210100
				210102-D01,和平区公安分局,department,210102
				""";

		// when
		Registry registry = RegistryReader.parse("units.csv", text);

		// then
		assertThat(registry.units()).extracting(Unit::level)
			.containsExactly(Level.NATION, Level.PROVINCE, Level.CITY, Level.COUNTY, Level.DEPARTMENT);
		assertThat(registry.governmentChain("210102-D01")).containsExactly("210102", "210100", "210000", "100000");
	}

	@Test
	void extraColumnsAreAllowed() {
		// given
		String text = """
				code,name,level,parent_code,note
				210000,辽宁省,province,,省本级
				210100,沈阳市,city,210000,
				""";

		// when
		Registry registry = RegistryReader.parse("units.csv", text);

		// then
		assertThat(registry.units()).extracting(Unit::code, Unit::parentCode)
			.containsExactly(tuple("210000", ""),
					tuple("210100", "210000"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			duplicate code             | 210000,辽宁省,province,;210100,沈阳市,city,210000;210100,沈阳,city,210000                      | units.csv:4: | 单位代码 210100 重复（首次出现在第 3 行）
			unknown parent             | 210000,辽宁省,province,;210100,沈阳市,city,210000;210102,和平区,county,219999                  | units.csv:4: | 的上级 219999 不在名录中
			cycle a->b->a              | 210000,辽宁省,province,;210100,沈阳市,city,210200;210200,大连市,city,210100                    | units.csv:3: | 是自己的上级
			unknown level              | 210000,辽宁省,province,;210100,沈阳市,town,210000                                               | units.csv:3: | 的层级 'town' 无法识别
			department without parent  | 210000,辽宁省,province,;210000-D01,省教育厅,department,                                         | units.csv:3: | 部门 210000-D01 没有所属政府
			wrong column count         | 210000,辽宁省,province,;210100,沈阳市,city                                                      | units.csv:3: | 应有 4 列，实有 3 列
			empty code                 | 210000,辽宁省,province,;,沈阳市,city,210000                                                     | units.csv:3: | 单位代码为空
			""")
	void brokenRegistryStopsNamingFileAndLine(String problem, String rows, String where, String message) {
		// given
		String text = HEADER + String.join("\n", rows.split(";")) + "\n";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith(where)
			.withMessageContaining(message);
	}

	@Test
	void cycleIsReportedOnAUnitInTheCycleNotOnOneHangingBelowIt() {
		// given: 210300 hangs below the cycle 210100 -> 210200 -> 210100 and comes first in the file
		String text = HEADER + """
				210000,辽宁省,province,
				210300,鞍山市,city,210100
				210100,沈阳市,city,210200
				210200,大连市,city,210100
				""";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:4: 单位 210100 是自己的上级（循环 210100 -> 210200 -> 210100）")
			.withMessageNotContaining("210300");
	}

	@Test
	void unitThatIsItsOwnParentIsACycle() {
		// given
		String text = HEADER + "210000,辽宁省,province,\n210100,沈阳市,city,210100\n";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:3: 单位 210100 是自己的上级");
	}

	@Test
	void rowsOfOnlyEmptyFieldsAreSkippedLikeBlankLines() {
		// given: Excel saves empty rows of a sheet as commas
		String text = HEADER + "210000,辽宁省,province,\n,,,\n210100,沈阳市,city,210000\n,,,\n , ,,\n";

		// when
		Registry registry = RegistryReader.parse("units.csv", text);

		// then
		assertThat(registry.units()).extracting(Unit::code).containsExactly("210000", "210100");
	}

	@Test
	void lineNumbersCountBlankLines() {
		// given
		String text = HEADER + "210000,辽宁省,province,\n\n\n210100,沈阳市,city,219999\n";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:5:")
			.withMessageContaining("的上级 219999 不在名录中");
	}

	@Test
	void lineNumberOfTheLastRowWithoutNewline() {
		// given
		String text = HEADER + "210000,辽宁省,province,\n210100,沈阳市,city,219999";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:3:");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			code,name,level        | parent_code
			code,name,parent_code  | level
			unit,name,level,parent_code | code
			""")
	void missingHeaderColumnStopsOnLineOne(String header, String missing) {
		// given
		String text = header + "\n210000,辽宁省,province,\n";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:1:")
			.withMessageContaining("表头缺少列 '" + missing + "'");
	}

	@Test
	void readsGb18030FileWithChineseNames(@TempDir Path folder) throws Exception {
		// given
		Path file = folder.resolve("units.csv");
		Files.write(file, GOOD.getBytes(TextDecoding.GB18030));

		// when
		Registry registry = RegistryReader.read(file);

		// then
		assertThat(registry.units()).extracting(Unit::name)
			.containsExactly("辽宁省", "沈阳市", "沈河区", "和平区", "沈阳市教育局", "和平区公安分局");
	}

	@Test
	void brokenFileOnDiskIsNamedByItsPath(@TempDir Path folder) throws Exception {
		// given
		Path file = folder.resolve("units.csv");
		Files.writeString(file, HEADER + "210000,辽宁省,province,\n210000,辽宁,province,\n");

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.read(file))
			.withMessageStartingWith(file + ":3:");
	}

	@Test
	void missingFileIsARegistryException(@TempDir Path folder) {
		assertThatExceptionOfType(RegistryException.class)
			.isThrownBy(() -> RegistryReader.read(folder.resolve("units.csv")))
			.withMessageContaining("找不到单位名录");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			code        | 65  | 单位代码过长（65 个字符，最多 64 个）
			name        | 201 | 单位名称过长（201 个字符，最多 200 个）
			parent_code | 300 | 上级代码过长（300 个字符，最多 64 个）
			""")
	void oversizedFieldStopsNamingItsLineWithAShortQuote(String field, int length, String message) {
		// given: a field longer than any real one, which no table downstream could hold
		String value = "A".repeat(length);
		String row = switch (field) {
			case "code" -> value + ",沈阳市,city,210000";
			case "name" -> "210100," + value + ",city,210000";
			default -> "210100,沈阳市,city," + value;
		};
		String text = HEADER + "210000,辽宁省,province,\n" + row + "\n";

		// when / then
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> RegistryReader.parse("units.csv", text))
			.withMessageStartingWith("units.csv:3: " + message)
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(150));
	}

}
