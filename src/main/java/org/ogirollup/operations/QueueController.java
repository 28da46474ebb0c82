package org.ogirollup.operations;

import java.net.URI;
import java.util.OptionalLong;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follows a queued run by its ticket: shows it while it waits, and sends the caller on to the
 * run ({@code 303 See Other}) once its job has started.
 */
@RestController
@Profile(ServeConfiguration.PROFILE)
@RequestMapping("/api/queue")
class QueueController {

	private final Runs runs;

	QueueController(Runs runs) {
		this.runs = runs;
	}

	@GetMapping("/{ticket}")
	ResponseEntity<RunView> ticket(@PathVariable long ticket) {
		QueuedRun run = this.runs.ticket(ticket).orElseThrow(() -> new NoSuchTicketException(ticket));
		OptionalLong id = run.executionId();
		if (id.isPresent()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/runs/" + id.getAsLong())).build();
		}
		return ResponseEntity.ok(RunView.ofQueued(run));
	}

	/** A ticket the queue does not know (never given, or given long ago). */
	static class NoSuchTicketException extends RuntimeException {

		NoSuchTicketException(long ticket) {
			super("队列中没有号码为 " + ticket + " 的运行");
		}

	}

}
