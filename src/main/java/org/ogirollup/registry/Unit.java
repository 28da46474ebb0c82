package org.ogirollup.registry;

/**
 * A reporting unit: a government (nation, province, city, county) or a department.
 *
 * @param code GB/T 2260 code for governments, any unique text for departments
 * @param name the unit's name
 * @param level its level
 * @param parentCode the government it belongs to, empty for a root
 */
public record Unit(String code, String name, Level level, String parentCode) {

	public boolean isRoot() {
		return this.parentCode.isEmpty();
	}

}
