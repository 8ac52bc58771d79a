/**
 * The read API for the parties' own systems: JSON under {@code /api/v1} (agreements, activities,
 * outcome indicators, meetings with published minutes, decisions), paged and filtered, with
 * ETags, documented as OpenAPI 3; personal access tokens made and revoked on the profile page,
 * a stateless security chain of its own, a rate limit per token and errors as RFC 9457 problem
 * details. A token sees exactly what its owner sees in the browser.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Read API")
package no.avtaleportal.api;
