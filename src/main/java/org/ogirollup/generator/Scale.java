package org.ogirollup.generator;

import org.ogirollup.registry.Level;

/** How busy a unit is compared with a department: governments receive more applications and cases. */
final class Scale {

	private Scale() {
	}

	static double of(Level level) {
		return switch (level) {
			case DEPARTMENT -> 1;
			case COUNTY -> 4;
			case CITY -> 10;
			case PROVINCE -> 25;
			case NATION -> 50;
		};
	}

	/** Only governments of provinces, larger cities and the State Council issue 规章. */
	static boolean issuesRegulations(Level level) {
		return level == Level.NATION || level == Level.PROVINCE || level == Level.CITY;
	}

}
