package org.ogirollup.operations;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import org.springframework.boot.webmvc.error.ErrorController;

/**
 * Every error of the service as JSON, {@code {"error": "..."}}, in plain Chinese, with its proper
 * status: the API's refusals (handlers here) and everything else that ends in the servlet
 * container's error page, {@code /error}, such as a failed sign-in, an unknown address, or a
 * direct call of {@code /error} itself (which has no error, so: not found). It takes the place
 * of Spring Boot's error controller, which answered a signed-in {@code /error} with 500.
 */
@RestController
@RestControllerAdvice
@Profile(ServeConfiguration.PROFILE)
class ApiErrors implements ErrorController {

	private static final Log logger = LogFactory.getLog(ApiErrors.class);

	record Problem(String error) {
	}

	@RequestMapping("/error")
	ResponseEntity<Problem> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null) {
			// asked for directly: there is no error to show
			return problem(HttpStatus.NOT_FOUND, "没有这个地址：/error");
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return problem(status, message(status, (uri != null) ? uri.toString() : null));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Problem> badRequest(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Problem> unreadable(HttpMessageNotReadableException ex) {
		// Jackson's own message quotes the body; the clerk needs to know only that it is not JSON
		return problem(HttpStatus.BAD_REQUEST, "请求体不是有效的 JSON，应如 {\"year\": 2021}");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Problem> wrongPathValue(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				ex.getName() + " 须为数字，不是 " + Quote.of(String.valueOf(ex.getValue())));
	}

	@ExceptionHandler({ RunController.NoSuchRunException.class, QueueController.NoSuchTicketException.class })
	ResponseEntity<Problem> notFound(RuntimeException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Problem> noSuchAddress(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, message(HttpStatus.NOT_FOUND, "/" + ex.getResourcePath()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Problem> wrongMethod(HttpRequestMethodNotSupportedException ex) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "这个地址不接受 " + ex.getMethod() + " 请求");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Problem> notJson(HttpMediaTypeNotSupportedException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null));
	}

	@ExceptionHandler(RunController.ConflictException.class)
	ResponseEntity<Problem> conflict(RunController.ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Problem> unavailable(IllegalStateException ex) {
		logger.warn("Answered 503: " + ex.getMessage(), ex);
		return problem(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	private static ResponseEntity<Problem> problem(HttpStatusCode status, String message) {
		return ResponseEntity.status(status).body(new Problem(message));
	}

	/** The plain words for a status that reached the error page without words of the API's own. */
	private static String message(HttpStatus status, String uri) {
		String where = (uri != null) ? "：" + Quote.of(uri) : "";
		return switch (status) {
			case BAD_REQUEST -> "请求有误" + where;
			case UNAUTHORIZED -> "请先登录（HTTP Basic 用户名和密码）";
			case FORBIDDEN -> "没有权限" + where;
			case NOT_FOUND -> "没有这个地址" + where;
			case METHOD_NOT_ALLOWED -> "这个地址不接受这种请求方法" + where;
			case PAYLOAD_TOO_LARGE -> "请求体过大" + where;
			case UNSUPPORTED_MEDIA_TYPE -> "请求体须为 JSON（Content-Type: application/json）";
			case INTERNAL_SERVER_ERROR -> "服务内部出错，请查看服务日志" + where;
			default -> status.value() + " " + status.getReasonPhrase() + where;
		};
	}

}
