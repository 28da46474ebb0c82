package org.ogirollup.console;

import java.time.Duration;

/** How long a console session lasts without a request, as the pages tell it. */
record ConsoleSessions(Duration timeout) {

	public String words() {
		long minutes = this.timeout.toMinutes();
		return (minutes >= 60 && minutes % 60 == 0) ? (minutes / 60) + " 小时" : minutes + " 分钟";
	}

}
