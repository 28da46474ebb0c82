package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A member that may explain why a region-wide report disagrees with the computed total.
 *
 * @param memberCode the unit
 * @param memberName its name, or its code when the registry does not know it
 * @param reason why it is listed
 * @param item for a largest contributor, the item it contributes to; empty otherwise
 * @param value for a largest contributor, its value of the item; {@code null} otherwise
 */
public record GapMember(String memberCode, String memberName, GapReason reason, String item, BigDecimal value) {

	public GapMember {
		Objects.requireNonNull(memberCode, "memberCode");
		Objects.requireNonNull(reason, "reason");
		item = (item != null) ? item : "";
	}

}
