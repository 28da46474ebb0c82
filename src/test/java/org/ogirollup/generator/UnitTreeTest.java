package org.ogirollup.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;

class UnitTreeTest {

	@Test
	void liaoningHasItsCitiesCountiesAndDepartments() {
		UnitTree tree = UnitTree.build("21", 3);

		Map<Level, Long> byLevel = tree.units().stream().collect(Collectors.groupingBy(Unit::level, Collectors.counting()));
		assertEquals(1, byLevel.get(Level.PROVINCE));
		assertEquals(14, byLevel.get(Level.CITY));
		assertEquals(100, byLevel.get(Level.COUNTY));
		assertEquals(115 * 3, byLevel.get(Level.DEPARTMENT));
		assertEquals(null, byLevel.get(Level.NATION));
		Unit fuxin = unit(tree, "210900");
		assertEquals("阜新市", fuxin.name());
		assertEquals("210000", fuxin.parentCode());
		Unit department = unit(tree, "210900-D01");
		assertEquals("阜新市发展和改革委员会", department.name());
		assertEquals("210900", department.parentCode());
	}

	@Test
	void everyParentExistsAndComesFirst() {
		UnitTree tree = UnitTree.build("national", 2);
		Set<String> seen = new java.util.HashSet<>();
		for (Unit unit : tree.units()) {
			assertTrue(unit.parentCode().isEmpty() || seen.contains(unit.parentCode()), unit + " before its parent");
			assertTrue(seen.add(unit.code()), "duplicate code " + unit.code());
		}
		assertEquals(1, tree.units().stream().filter(Unit::isRoot).count());
	}

	@Test
	void nationalRootHoldsTheProvinces() {
		UnitTree tree = UnitTree.build("national", 0);

		Unit nation = tree.units().get(0);
		assertEquals(new Unit("000000", "中华人民共和国", Level.NATION, ""), nation);
		assertEquals(31, tree.units().stream().filter((u) -> u.level() == Level.PROVINCE).count());
		assertTrue(tree.units().stream().allMatch((u) -> u.level() != Level.PROVINCE || "000000".equals(u.parentCode())));
	}

	@Test
	void countiesOfPseudoCitiesHangUnderTheProvince() {
		UnitTree tree = UnitTree.build("national", 0);

		assertEquals("110000", unit(tree, "110101").parentCode());
		assertEquals("410000", unit(tree, "419001").parentCode());
		assertEquals("500000", unit(tree, "500229").parentCode());
		assertTrue(tree.units().stream().noneMatch((u) -> u.code().equals("110100") || u.code().equals("419000")));
		assertTrue(tree.units().stream().noneMatch((u) -> u.level() == Level.CITY && u.name().contains("直辖")));
	}

	@Test
	void unknownProvinceIsRefused() {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> UnitTree.build("99", 1));
		assertTrue(ex.getMessage().contains("scope"), ex.getMessage());
	}

	private static Unit unit(UnitTree tree, String code) {
		Map<String, Unit> byCode = tree.units().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
		Unit unit = byCode.get(code);
		assertTrue(unit != null, "no unit " + code);
		return unit;
	}

}
