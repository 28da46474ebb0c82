package org.ogirollup.registry;

/** Registries for tests in other packages, built from {@code units.csv} text without a file. */
public final class TestRegistries {

	/**
	 * 辽宁省 → 沈阳市 → 和平区 and 沈河区, with a department under the city and one under 和平区,
	 * listed out of code order.
	 */
	public static final String SMALL = """
			code,name,level,parent_code
			210000,辽宁省,province,
			210100,沈阳市,city,210000
			210103,沈河区,county,210100
			210102,和平区,county,210100
			210100-D01,沈阳市教育局,department,210100
			210102-D01,和平区公安分局,department,210102
			""";

	private TestRegistries() {
	}

	/** The {@link #SMALL} registry. */
	public static Registry small() {
		return parse(SMALL);
	}

	public static Registry parse(String unitsCsv) {
		return RegistryReader.parse("units.csv", unitsCsv);
	}

}
