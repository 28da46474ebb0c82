package org.ogirollup.console;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The console's settings ({@code ogi.console.*}).
 *
 * @param definition the job definition whose folders the console shows and runs
 * @param uploadLimit the largest corrected file it takes in
 * @param historyDir where the files a correction replaces are kept
 * @param uploadsDir where an uploaded file waits for its dry run to be committed or discarded
 */
@ConfigurationProperties("ogi.console")
record ConsoleProperties(String definition, DataSize uploadLimit, Path historyDir, Path uploadsDir) {

	ConsoleProperties {
		definition = (definition != null) ? definition : "reaggregate";
		uploadLimit = (uploadLimit != null) ? uploadLimit : DataSize.ofMegabytes(16);
		historyDir = ((historyDir != null) ? historyDir : Path.of("data/history")).toAbsolutePath().normalize();
		uploadsDir = ((uploadsDir != null) ? uploadsDir : Path.of("data/uploads")).toAbsolutePath().normalize();
	}

}
