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

	/** The longest unit code: GB/T 2260 codes have six digits, department codes are short too. */
	public static final int MAX_CODE_LENGTH = 64;

	/** The longest unit name: the longest real names have some 40 characters. */
	public static final int MAX_NAME_LENGTH = 200;

	public boolean isRoot() {
		return this.parentCode.isEmpty();
	}

}
