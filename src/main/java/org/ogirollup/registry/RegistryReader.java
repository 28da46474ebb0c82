package org.ogirollup.registry;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.ogirollup.text.Excerpt;
import org.ogirollup.text.TextDecoding;

/**
 * Reads {@code units.csv} ({@code code,name,level,parent_code}, more columns allowed) and checks
 * it whole before anything else runs: a duplicate code, an unknown parent, a cycle or an unknown
 * level stops the job with the file and line named.
 */
public final class RegistryReader {

	private static final List<String> REQUIRED_COLUMNS = List.of("code", "name", "level", "parent_code");

	private RegistryReader() {
	}

	public static Registry read(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			throw new RegistryException("找不到单位名录 " + file);
		}
		catch (IOException ex) {
			throw new RegistryException("无法读取单位名录 " + file + "：" + ex.getMessage(), ex);
		}
		return parse(file.toString(), TextDecoding.decode(bytes).text());
	}

	static Registry parse(String fileName, String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		Map<String, Unit> units = new LinkedHashMap<>();
		Map<String, Long> lines = new LinkedHashMap<>();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			for (String column : REQUIRED_COLUMNS) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new RegistryException(fileName + ":1: 表头缺少列 '" + column + "'（应为 "
							+ String.join(",", REQUIRED_COLUMNS) + "）");
				}
			}
			for (CSVRecord row : parser) {
				if (row.stream().allMatch(String::isBlank)) {
					continue; // Excel saves the empty rows of a sheet as a line of commas
				}
				long line = row.getParser().getCurrentLineNumber();
				String where = fileName + ":" + line + ": ";
				if (!row.isConsistent()) {
					throw new RegistryException(where + "应有 " + parser.getHeaderNames().size() + " 列，实有 " + row.size() + " 列");
				}
				String code = row.get("code");
				if (code.isEmpty()) {
					throw new RegistryException(where + "单位代码为空");
				}
				checkLength(where, "单位代码", code, Unit.MAX_CODE_LENGTH);
				checkLength(where, "上级代码", row.get("parent_code"), Unit.MAX_CODE_LENGTH);
				checkLength(where, "单位名称", row.get("name"), Unit.MAX_NAME_LENGTH);
				Level level = Level.fromLabel(row.get("level"))
					.orElseThrow(() -> new RegistryException(where + "单位 " + Excerpt.of(code) + " 的层级 '"
							+ Excerpt.of(row.get("level")) + "' 无法识别（应为 nation、province、city、county 或 department）"));
				Unit unit = new Unit(code, row.get("name"), level, row.get("parent_code"));
				if (units.putIfAbsent(code, unit) != null) {
					throw new RegistryException(where + "单位代码 " + code + " 重复（首次出现在第 " + lines.get(code) + " 行）");
				}
				lines.put(code, line);
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new RegistryException(fileName + "：不是可读的 CSV 文件：" + Excerpt.of(ex.getMessage()), ex);
		}
		checkTree(fileName, units, lines);
		return new Registry(units.values());
	}

	/** A code or name longer than any real one would overflow every table it is written to. */
	private static void checkLength(String where, String field, String value, int longest) {
		if (value.length() > longest) {
			throw new RegistryException(where + field + "过长（" + value.length() + " 个字符，最多 " + longest + " 个）："
					+ Excerpt.of(value));
		}
	}

	private static void checkTree(String fileName, Map<String, Unit> units, Map<String, Long> lines) {
		for (Unit unit : units.values()) {
			String where = fileName + ":" + lines.get(unit.code()) + ": ";
			if (!unit.isRoot() && !units.containsKey(unit.parentCode())) {
				throw new RegistryException(where + "单位 " + unit.code() + " 的上级 " + unit.parentCode() + " 不在名录中");
			}
			if (unit.isRoot() && unit.level() == Level.DEPARTMENT) {
				throw new RegistryException(where + "部门 " + unit.code() + " 没有所属政府（parent_code 为空）");
			}
		}
		for (Unit unit : units.values()) {
			Set<String> seen = new LinkedHashSet<>();
			for (Unit current = unit; !current.isRoot(); current = units.get(current.parentCode())) {
				if (!seen.add(current.code())) {
					// the first unit met twice is on the cycle; the one we started from may only hang below it
					List<String> path = new ArrayList<>(seen);
					List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current.code()), path.size()));
					cycle.add(current.code());
					throw new RegistryException(fileName + ":" + lines.get(current.code()) + ": 单位 " + current.code()
							+ " 是自己的上级（循环 " + String.join(" -> ", cycle) + "）");
				}
			}
		}
	}

}
