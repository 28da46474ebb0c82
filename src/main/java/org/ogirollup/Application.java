package org.ogirollup;

import java.util.List;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.command.GenerateCommand;
import org.ogirollup.command.ParseCommand;
import org.ogirollup.command.ServeCommand;

/**
 * ogi-rollup: turns the statistical tables of annual open-government reports into totals. The
 * first argument names the command; the Spring context is started only by commands that need it.
 */
@SpringBootApplication
public class Application {

	public static void main(String[] args) {
		CommandLine commandLine = new CommandLine(
				List.of(new AggregateCommand(System.out), new ParseCommand(), new GenerateCommand(), new ServeCommand()),
				System.out, System.err);
		System.exit(commandLine.run(args));
	}

}
