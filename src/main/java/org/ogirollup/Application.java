package org.ogirollup;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ogi-rollup: turns the statistical tables of annual open-government reports into totals. */
@SpringBootApplication
public class Application {

	public static void main(String[] args) {
	}

}
