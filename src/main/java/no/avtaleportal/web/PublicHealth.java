package no.avtaleportal.web;

import java.util.Map;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The portal's health on the public port, {@code /actuator/health}, for a load balancer that
 * cannot reach the management port: the overall status alone, 503 unless it is up. The rest of
 * Actuator lives on the management port ({@code management.server.port}).
 */
@RestController
class PublicHealth {

	private final HealthEndpoint health;

	PublicHealth(HealthEndpoint health) {
		this.health = health;
	}

	@GetMapping(path = "/actuator/health", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> health() {
		Status status = this.health.health().getStatus();
		return ResponseEntity.status(Status.UP.equals(status) ? 200 : 503).body(Map.of("status", status.getCode()));
	}

}
