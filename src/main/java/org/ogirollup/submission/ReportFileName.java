package org.ogirollup.submission;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the name of a published report file says: {@code <unit_code>[-anything].txt}, or
 * {@code <unit_code>[-anything].consolidated.txt} for a region-wide report. Department codes may
 * themselves hold a {@code -} ({@code 210900-D01}), so the longest leading part, up to a {@code -}
 * or {@code .}, that the registry knows is the unit; when it knows none, the part before the first
 * {@code -} or {@code .}.
 *
 * @param unitCode the reporting unit
 * @param scope consolidated when the name says so, own otherwise
 */
public record ReportFileName(String unitCode, Scope scope) {

	private static final String CONSOLIDATED = ".consolidated";

	public static ReportFileName parse(String fileName, Predicate<String> isRegistered) {
		String base = fileName;
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		Scope scope = Scope.OWN;
		if (base.toLowerCase(Locale.ROOT).endsWith(CONSOLIDATED)) {
			base = base.substring(0, base.length() - CONSOLIDATED.length());
			scope = Scope.CONSOLIDATED;
		}
		String unit = null;
		for (int end = 1; end <= base.length(); end++) {
			boolean atSeparator = end == base.length() || base.charAt(end) == '-' || base.charAt(end) == '.';
			if (atSeparator && (unit == null || isRegistered.test(base.substring(0, end)))) {
				unit = base.substring(0, end);
			}
		}
		return new ReportFileName((unit != null) ? unit : base, scope);
	}

}
