package org.ogirollup.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;

/**
 * The registry a generator run reports for, built from the GB/T 2260 division lists: a
 * province (or the nation with every province), its cities and counties, and a fixed number of
 * departments under every government, in depth-first order.
 */
final class UnitTree {

	static final String NATION_CODE = "000000";

	static final String NATION_NAME = "中华人民共和国";

	/**
	 * Names the division data gives to groups of counties that have no prefecture-level city;
	 * their counties hang directly under the province.
	 */
	private static final Set<String> PSEUDO_CITIES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

	private final List<Unit> units;

	private final Map<String, List<Unit>> departments;

	private final Map<String, Unit> byCode = new HashMap<>();

	private UnitTree(List<Unit> units) {
		this.units = List.copyOf(units);
		Map<String, List<Unit>> byParent = new LinkedHashMap<>();
		for (Unit unit : units) {
			this.byCode.put(unit.code(), unit);
			if (unit.level() == Level.DEPARTMENT) {
				byParent.computeIfAbsent(unit.parentCode(), (code) -> new ArrayList<>()).add(unit);
			}
		}
		this.departments = byParent;
	}

	/** The tree for a scope ({@code national} or a two-digit province code) with n departments per government. */
	static UnitTree build(String scope, int departmentsPerGovernment) {
		List<String[]> provinces = read("divisions/provinces.csv", "code", "name");
		List<String[]> cities = read("divisions/cities.csv", "code", "name", "provinceCode");
		List<String[]> areas = read("divisions/areas.csv", "code", "name", "cityCode", "provinceCode");
		List<Unit> units = new ArrayList<>();
		boolean national = GeneratorOptions.NATIONAL.equals(scope);
		String rootParent = "";
		if (national) {
			addGovernment(units, new Unit(NATION_CODE, NATION_NAME, Level.NATION, ""), departmentsPerGovernment);
			rootParent = NATION_CODE;
		}
		boolean found = false;
		for (String[] province : provinces) {
			if (!national && !province[0].equals(scope)) {
				continue;
			}
			found = true;
			String provinceCode = province[0] + "0000";
			addGovernment(units, new Unit(provinceCode, province[1], Level.PROVINCE, rootParent),
					departmentsPerGovernment);
			for (String[] city : cities) {
				if (!city[2].equals(province[0])) {
					continue;
				}
				String countyParent = provinceCode;
				if (!PSEUDO_CITIES.contains(city[1])) {
					countyParent = city[0] + "00";
					addGovernment(units, new Unit(countyParent, city[1], Level.CITY, provinceCode),
							departmentsPerGovernment);
				}
				for (String[] area : areas) {
					// cities without districts (东莞, 中山, 儋州) list themselves as their only area
					if (area[2].equals(city[0]) && !area[0].equals(city[0] + "00")) {
						addGovernment(units, new Unit(area[0], area[1], Level.COUNTY, countyParent),
								departmentsPerGovernment);
					}
				}
			}
		}
		if (!found) {
			throw new IllegalArgumentException("scope: no province with code " + scope);
		}
		return new UnitTree(units);
	}

	private static void addGovernment(List<Unit> units, Unit government, int departments) {
		units.add(government);
		for (int i = 0; i < departments; i++) {
			units.add(new Unit(government.code() + String.format("-D%02d", i + 1),
					government.name() + DepartmentNames.name(i), Level.DEPARTMENT, government.code()));
		}
	}

	private static List<String[]> read(String resource, String... columns) {
		try (InputStream in = UnitTree.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("division resource missing: " + resource);
			}
			CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			List<String[]> rows = new ArrayList<>();
			for (CSVRecord record : csv.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String[] row = new String[columns.length];
				for (int i = 0; i < columns.length; i++) {
					row[i] = record.get(columns[i]).trim();
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	/** Every unit, each government followed by its departments, parents before children. */
	List<Unit> units() {
		return this.units;
	}

	/** The departments of a government, in code order. */
	List<Unit> departmentsOf(String governmentCode) {
		return this.departments.getOrDefault(governmentCode, Collections.emptyList());
	}

	/** The governments, in the order of {@link #units()}. */
	List<Unit> governments() {
		return this.units.stream().filter((unit) -> unit.level().isGovernment()).toList();
	}

	/** The unit and its ancestors, nearest first. */
	List<Unit> chain(Unit unit) {
		List<Unit> chain = new ArrayList<>();
		for (Unit at = unit; at != null; at = this.byCode.get(at.parentCode())) {
			chain.add(at);
		}
		return chain;
	}

	boolean contains(String code) {
		return this.byCode.containsKey(code);
	}

	int size() {
		return this.units.size();
	}

}
