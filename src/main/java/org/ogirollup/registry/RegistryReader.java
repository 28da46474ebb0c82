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
			throw new RegistryException("registry not found: " + file);
		}
		catch (IOException ex) {
			throw new RegistryException("cannot read registry " + file + ": " + ex.getMessage(), ex);
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
					throw new RegistryException(fileName + ":1: header lacks column '" + column + "' (expected "
							+ String.join(",", REQUIRED_COLUMNS) + ")");
				}
			}
			for (CSVRecord row : parser) {
				if (row.stream().allMatch(String::isBlank)) {
					continue; // Excel saves the empty rows of a sheet as a line of commas
				}
				long line = row.getParser().getCurrentLineNumber();
				String where = fileName + ":" + line + ": ";
				if (!row.isConsistent()) {
					throw new RegistryException(where + "expected " + parser.getHeaderNames().size() + " columns, found "
							+ row.size());
				}
				String code = row.get("code");
				if (code.isEmpty()) {
					throw new RegistryException(where + "empty unit code");
				}
				Level level = Level.fromLabel(row.get("level"))
					.orElseThrow(() -> new RegistryException(where + "unknown level '" + row.get("level")
							+ "' for unit " + code + " (expected nation, province, city, county or department)"));
				Unit unit = new Unit(code, row.get("name"), level, row.get("parent_code"));
				if (units.putIfAbsent(code, unit) != null) {
					throw new RegistryException(where + "duplicate unit code " + code + " (first on line " + lines.get(code)
							+ ")");
				}
				lines.put(code, line);
			}
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			throw new RegistryException(fileName + ": not a readable CSV file: " + ex.getMessage(), ex);
		}
		checkTree(fileName, units, lines);
		return new Registry(units.values());
	}

	private static void checkTree(String fileName, Map<String, Unit> units, Map<String, Long> lines) {
		for (Unit unit : units.values()) {
			String where = fileName + ":" + lines.get(unit.code()) + ": ";
			if (!unit.isRoot() && !units.containsKey(unit.parentCode())) {
				throw new RegistryException(where + "unit " + unit.code() + " names unknown parent " + unit.parentCode());
			}
			if (unit.isRoot() && unit.level() == Level.DEPARTMENT) {
				throw new RegistryException(where + "department " + unit.code() + " has no parent government");
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
					throw new RegistryException(fileName + ":" + lines.get(current.code()) + ": unit " + current.code()
							+ " is its own ancestor (cycle " + String.join(" -> ", cycle) + ")");
				}
			}
		}
	}

}
