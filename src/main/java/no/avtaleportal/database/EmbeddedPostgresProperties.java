package no.avtaleportal.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that the default run starts.
 *
 * @param dataDirectory the persistent folder that holds the database ({@code ./data/postgres})
 * @param port the port to listen on, or 0 for a free one
 */
@ConfigurationProperties("avtaleportal.embedded-postgres")
record EmbeddedPostgresProperties(@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {
}
