package no.avtaleportal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import no.avtaleportal.support.Pages;
import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SecondAgreement;
import no.avtaleportal.support.SqlStatements;

import static no.avtaleportal.UrlWalkTests.Answer.BAD_REQUEST;
import static no.avtaleportal.UrlWalkTests.Answer.CONFLICT;
import static no.avtaleportal.UrlWalkTests.Answer.ERROR;
import static no.avtaleportal.UrlWalkTests.Answer.FORBIDDEN;
import static no.avtaleportal.UrlWalkTests.Answer.GONE;
import static no.avtaleportal.UrlWalkTests.Answer.LOGIN;
import static no.avtaleportal.UrlWalkTests.Answer.NOT_FOUND;
import static no.avtaleportal.UrlWalkTests.Answer.OK;
import static no.avtaleportal.UrlWalkTests.Answer.REDIRECT;
import static no.avtaleportal.UrlWalkTests.Answer.UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every URL the portal serves as an anonymous visitor and as each role, and compares the
 * answers with the table below: what each role may do, in one place. A served URL missing from
 * the table fails the test, so a new page needs a row here.
 * <p>
 * POSTs are sent with a CSRF token and no fields: who may not is refused before anything is
 * read; who may gets the form back with its errors (or, for actions, a redirect), and nothing is
 * saved. {@code {id}} and the other variables are filled with ids of the demo data (see
 * {@link #examples()}). Every page the walk is shown (a GET answered with HTML) runs at most
 * {@value #MAX_STATEMENTS} SQL statements.
 */
@PortalTest
class UrlWalkTests {

	/**
	 * The logins, in the order of the table's columns after the anonymous one: the demo logins of
	 * the NTNU–NHO agreement (a reader of NHO; a contributor, the secretary and a member of NTNU; a
	 * member of NHO; the administrator), then those of FIE, party only to the second agreement
	 * (a member and the secretary of its steering group, a contributor).
	 */
	private static final List<String> USERS = List.of("leser", "ntnu", "sekretaer", "prorektor", "avdelingsdirektor",
			"admin", SecondAgreement.MEMBER, SecondAgreement.SECRETARY, SecondAgreement.CONTRIBUTOR);

	// @formatter:off
	private static final List<Row> TABLE = List.of(
		//   method  pattern                                                    anonymous   READER      CONTRIBUTOR SECRETARY   STEERING    STEERING    ADMIN       STEERING    SECRETARY   CONTRIBUTOR
		//                                                                              NHO         NTNU        NTNU        NTNU        NHO                     FIE         FIE         FIE
		row("GET",  "/login",                                                  OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/login/unknown",                                          OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/login/forgotten",                                        OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/accessibility",                                          OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/actuator/health",                                        OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/invitations/{token}",                                    GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE),
		row("POST", "/invitations/{token}",                                    GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE,       GONE),
		row("GET",  "/",                                                       LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/tasks",                                                  LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		// status rounds: the steering group's members and secretary read them (404 for another agreement's); its secretary opens one
		row("GET",  "/status-rounds",                                          LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         FORBIDDEN,  OK,         OK,         FORBIDDEN),
		row("GET",  "/status-rounds/{id}",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/status-rounds/new/{agreementId}",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/status-rounds/new/{agreementId}",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/dashboard",                                              LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/dashboard.pdf",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/dashboard.csv",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/account/password",                                       LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST", "/account/password",                                       LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),

		// agreements: everyone signed in reads those their organisation is party to (FIE is no party to NTNU–NHO: 404);
		// administrators edit
		row("GET",  "/agreements",                                             LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/agreements/{id}",                                        LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/responsibilities",                       LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/focus-areas/{code}",                     LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/history",                                LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/commitments/{commitmentId}/history",     LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/delegations/{delegationId}/history",     LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/new",                                         LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/new",                                         LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/import",                                      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/import",                                      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/edit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/edit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/extensions/new",                         LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/extensions/new",                         LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),

		// the evaluation: everyone who sees the agreement reads it, its report and history; the demo evaluation is
		// treated, so nobody writes an assessment or proposes a decision any more (EvaluationTests covers who may before):
		// the steering group is led back to the evaluation, or gets its form back unsaved; everyone else 403
		row("GET",  "/agreements/{id}/evaluation",                             LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/activities",                  LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/assessment",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  REDIRECT,   REDIRECT,   REDIRECT,  FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/agreements/{id}/evaluation/assessment",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,  FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/decision",                    LOGIN,      FORBIDDEN,  FORBIDDEN,  REDIRECT,   REDIRECT,   REDIRECT,  FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/agreements/{id}/evaluation/decision",                    LOGIN,      FORBIDDEN,  FORBIDDEN,  REDIRECT,   REDIRECT,   REDIRECT,  FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/report.pdf",                  LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/history",                     LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/evaluation/assessments/{assessmentId}/history", LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/{id}/clauses/new",                            LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/clauses/new",                            LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/clauses/{clauseId}/edit",                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/clauses/{clauseId}/edit",                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/focus-areas/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/focus-areas/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/focus-areas/{code}/edit",                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/focus-areas/{code}/edit",                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/commitments/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/commitments/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/commitments/{commitmentId}/edit",        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/commitments/{commitmentId}/edit",        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/delegations/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/delegations/new",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/agreements/{id}/delegations/{delegationId}/edit",        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/agreements/{id}/delegations/{delegationId}/edit",        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),

		// activities and documents: contributors and up create; object rules decide who updates (409: the empty form carries no version)
		// meetings: the steering group's members and its secretary plan and write; a published meeting is locked (409); others
		// are refused before their form is read (403, or 404 when the meeting is not theirs to see: FIE's accounts here), and
		// only members and the secretary get 400 for an action without its fields
		row("GET",  "/activities",                                             LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/activities/export",                                      LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/activities/new",                                         LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST", "/activities/new",                                         LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/activities/{id}",                                        LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/activities/{id}/history",                                LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/activities/{id}/updates/{updateId}",                     LOGIN,      REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/activities/{id}/edit",                                   LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/edit",                                   LOGIN,      FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   CONFLICT,   CONFLICT,   NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/updates",                                LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/status",                                 LOGIN,      FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   CONFLICT,   CONFLICT,   NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/deliverables",                           LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/deliverables/{index}/done",              LOGIN,      FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/activities/{id}/deliverables/{index}/remove",            LOGIN,      FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		// outcome indicators: read by everyone who sees the commitment; defined by the steering group, secretaries and
		// administrators; values recorded by the responsible party's contributors too (ntnu: NTNU measures the first),
		// corrected by the steering group and administrators only (an empty form comes back with its errors: the example
		// indicator and value were never edited, so the empty form's version 0 is theirs)
		row("GET",  "/indicators",                                             LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/indicators/export",                                      LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/indicators/new",                                         LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         FORBIDDEN),
		row("POST", "/indicators/new",                                         LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         FORBIDDEN),
		row("GET",  "/indicators/{id}",                                        LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/indicators/{id}/history",                                LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/indicators/{id}/edit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/indicators/{id}/edit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/indicators/{id}/measurements",                           LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/indicators/{id}/measurements/{measurementId}/edit",      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/indicators/{id}/measurements/{measurementId}/edit",      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         NOT_FOUND,  FORBIDDEN,  FORBIDDEN),
		// the read API: its own stateless chain answers only bearer tokens (ApiTests walks the tokens of every account),
		// so a browser session is no login there; its OpenAPI document is public, its rendered page for signed-in users;
		// tokens are made and revoked on the profile (a token that is not one's own is a 404)
		row("GET",  "/api/v1/agreements",                                       UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/agreements/{id}",                                  UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/activities",                                       UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/indicators",                                       UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/meetings",                                         UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/decisions",                                        UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED, UNAUTHORIZED),
		row("GET",  "/api/v1/openapi.json",                                     OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/api/v1/openapi.json.yaml",                                OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/api-docs",                                                LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/account/tokens",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST","/account/tokens",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST","/account/tokens/{id}/revoke",                              LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/documents",                                              LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/documents/new",                                          LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST", "/documents/new",                                          LOGIN,      FORBIDDEN,  OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/documents/{id}/file",                                    LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/meetings",                                               LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/meetings/new",                                           LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         FORBIDDEN,  OK,         OK,         FORBIDDEN),
		row("POST", "/meetings/new",                                           LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         FORBIDDEN,  OK,         OK,         FORBIDDEN),
		row("GET",  "/meetings/{id}",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/meetings/{id}/history",                                  LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/meetings/{id}/edit",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/edit",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/cancel",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/cancel",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		// the notice of a published meeting: nothing to send, so its page leads back to the meeting
		row("GET",  "/meetings/{id}/notice",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  REDIRECT,   REDIRECT,   REDIRECT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/notice",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/held",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/not-held",                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/attendance",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/attendance",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/attendance/guests",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/agenda/new",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/agenda/new",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/agenda/{itemId}/edit",                     LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/agenda/{itemId}/edit",                     LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/agenda/{itemId}/move",                     LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/agenda/{itemId}/delete",                   LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/agenda/{itemId}/delete",                   LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/agenda/{itemId}/decisions/new",            LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/agenda/{itemId}/decisions/new",            LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/decisions/{decisionId}/delete",            LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/decisions/{decisionId}/edit",              LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/decisions/{decisionId}/edit",              LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/decisions/{decisionId}/merge",             LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/decisions/{decisionId}/merge",             LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/agenda/{itemId}/actions/new",              LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/agenda/{itemId}/actions/new",              LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/actions/{actionId}/done",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/actions/{actionId}/done",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/actions/{actionId}/delete",                LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/actions/{actionId}/edit",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/actions/{actionId}/edit",                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/actions/{actionId}/merge",                 LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/meetings/{id}/actions/{actionId}/merge",                 LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/comments",                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/submit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/return",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/approve",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/publish",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/addenda",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/addenda/{addendumId}/approve",             LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("POST", "/meetings/{id}/archive-reference",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  CONFLICT,   CONFLICT,   CONFLICT,   FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),
		row("GET",  "/meetings/{id}/meeting.ics",                              LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/meetings/{id}/minutes.pdf",                              LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		// the meeting pack is the steering group's: who sees only the published minutes is refused (403)
		row("GET",  "/meetings/{id}/pack.pdf",                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  OK,         OK,         OK,         FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/decisions",                                              LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/decisions.csv",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/decisions.pdf",                                          LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		// a decision's follow-up is set by the members and the secretary of its steering group (400: no status sent)
		row("POST", "/decisions/{id}/follow-up",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,BAD_REQUEST,FORBIDDEN,  NOT_FOUND,  NOT_FOUND,  FORBIDDEN),

		// search: everyone signed in, each finding only what they may see (SearchCorpusTests)
		row("GET",  "/search",                                                 LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/calendar",                                               LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST", "/calendar/token",                                         LOGIN,      FORBIDDEN,  FORBIDDEN,  REDIRECT,   REDIRECT,   REDIRECT,   FORBIDDEN,  REDIRECT,   REDIRECT,   FORBIDDEN),
		row("POST", "/calendar/token/revoke",                                  LOGIN,      REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT),
		row("GET",  "/calendar/feed/{token:[A-Za-z0-9_-]+}.ics",               NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),

		// the second agreement (NTNU–FIE): its pages are for its parties NTNU and FIE; a meeting being planned is for its
		// steering group only (NTNU's prorektor, FIE's director and FIE's secretary), a 404 to everyone else, NTNU–NHO's
		// secretary and NHO's member included; its published minutes are read by NTNU and FIE, not by NHO
		second("GET",  "/agreements/{id}",                                        LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		second("GET",  "/agreements/{id}/responsibilities",                       LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		second("GET",  "/agreements/{id}/focus-areas/{code}",                     LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		second("GET",  "/agreements/{id}/history",                                LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		second("GET",  "/agreements/{id}/edit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		second("GET",  "/meetings/{id}",                                          LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("GET",  "/meetings/{id}/history",                                  LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("GET",  "/meetings/{id}/edit",                                     LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/edit",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("GET",  "/meetings/{id}/cancel",                                   LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/cancel",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/held",                                     LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/not-held",                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("GET",  "/meetings/{id}/attendance",                               LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/attendance",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/attendance/guests",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("GET",  "/meetings/{id}/agenda/new",                               LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/agenda/new",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("GET",  "/meetings/{id}/agenda/{itemId}/edit",                     LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/agenda/{itemId}/edit",                     LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/agenda/{itemId}/move",                     LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/agenda/{itemId}/delete",                   LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("GET",  "/meetings/{id}/agenda/{itemId}/decisions/new",            LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/agenda/{itemId}/decisions/new",            LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/decisions/{decisionId}/delete",            LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("GET",  "/meetings/{id}/agenda/{itemId}/actions/new",              LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("POST", "/meetings/{id}/agenda/{itemId}/actions/new",              LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("GET",  "/meetings/{id}/actions/{actionId}/done",                  LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  NOT_FOUND,  CONFLICT,   CONFLICT,   NOT_FOUND),
		second("POST", "/meetings/{id}/actions/{actionId}/done",                  LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  NOT_FOUND,  CONFLICT,   CONFLICT,   NOT_FOUND),
		second("POST", "/meetings/{id}/actions/{actionId}/delete",                LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/comments",                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/submit",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/return",                                   LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/approve",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/publish",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  BAD_REQUEST,NOT_FOUND,  FORBIDDEN,  BAD_REQUEST,BAD_REQUEST,FORBIDDEN),
		second("POST", "/meetings/{id}/addenda",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("POST", "/meetings/{id}/archive-reference",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  CONFLICT,   NOT_FOUND,  FORBIDDEN,  CONFLICT,   CONFLICT,   FORBIDDEN),
		second("GET",  "/meetings/{id}/meeting.ics",                              LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		second("GET",  "/meetings/{id}/minutes.pdf",                              LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		second("GET",  "/meetings/{id}/pack.pdf",                                 LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  OK,         NOT_FOUND,  NOT_FOUND,  OK,         OK,         NOT_FOUND),
		secondPublished("GET",  "/meetings/{id}",                                          LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		secondPublished("GET",  "/meetings/{id}/history",                                  LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		secondPublished("GET",  "/meetings/{id}/meeting.ics",                              LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		secondPublished("GET",  "/meetings/{id}/minutes.pdf",                              LOGIN,      NOT_FOUND,  OK,         OK,         OK,         NOT_FOUND,  OK,         OK,         OK,         OK),
		secondPublished("GET",  "/meetings/{id}/pack.pdf",                                 LOGIN,      NOT_FOUND,  FORBIDDEN,  FORBIDDEN,  OK,         NOT_FOUND,  FORBIDDEN,  OK,         OK,         FORBIDDEN),

		// people, organisations and roles: administrators only
		row("GET",  "/people",                                                 LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/people/new",                                             LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/people/new",                                             LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/people/{id}/edit",                                       LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/people/{id}/edit",                                       LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/organisations/new",                                      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/organisations/new",                                      LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/organisations/{id}/edit",                                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/organisations/{id}/edit",                                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/roles/new",                                              LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/roles/new",                                              LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/roles/{id}/edit",                                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/roles/{id}/edit",                                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/roles/{id}/assignments/new",                             LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/roles/{id}/assignments/new",                             LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/assignments/{id}/edit",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/assignments/{id}/edit",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),

		// accounts and the security log: administrators only
		row("GET",  "/admin/users",                                            LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/users/new",                                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/users/new",                                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/users/{id}/edit",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/users/{id}/edit",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/users/{id}/history",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/users/{id}/invite",                                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  REDIRECT,   FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/users/{id}/disable",                               LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/users/{id}/enable",                                LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/security-events",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),

		// the archive package (issue 21): administrators only; the package needs its agreement and year
		row("GET",  "/admin/archive",                                          LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/archive/package",                                  LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  BAD_REQUEST,FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/archive/package?agreement={agreementId}&year=2025", LOGIN,     FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),

		// notifications (issue 18): the outbox for administrators; each person's settings and notices (another's notice is a
		// 404); the one-click unsubscribe link is public and a 404 without a valid signature
		row("GET",  "/admin/outbox",                                           LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/admin/outbox/{deliveryId}",                              LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  OK,         FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("POST", "/admin/outbox/{deliveryId}/retry",                        LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  REDIRECT,   FORBIDDEN,  FORBIDDEN,  FORBIDDEN),
		row("GET",  "/settings/notifications",                                 LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("POST", "/settings/notifications",                                 LOGIN,      REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT),
		row("POST", "/notices/{noticeId}/open",                                LOGIN,      REDIRECT,   NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/notices/read",                                           LOGIN,      REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT,   REDIRECT),
		row("GET",  "/notices",                                                LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/notices?page=2",                                         LOGIN,      OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK,         OK),
		row("GET",  "/unsubscribe",                                            NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("POST", "/unsubscribe",                                            NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),

		// the error page itself, and what no controller serves
		row("GET",  "/error",                                                  ERROR,      ERROR,      ERROR,      ERROR,      ERROR,      ERROR,      ERROR,      ERROR,      ERROR,      ERROR),
		row("GET",  "/no-such-page",                                           NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/agreements/999999999",                                   LOGIN,      NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND,  NOT_FOUND),
		row("GET",  "/admin/users/999999999/edit",                             LOGIN,      FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN,  NOT_FOUND,  FORBIDDEN,  FORBIDDEN,  FORBIDDEN));
	// @formatter:on

	/**
	 * The most SQL statements a page may run (issue 15), whatever the data; the session store's
	 * are not counted (the walk's sessions are the test's own).
	 */
	private static final int MAX_STATEMENTS = 10;

	/** Served only by the test support (to trigger error pages), not by the portal. */
	private static final Set<String> TEST_ONLY = Set.of("/test-errors/403", "/test-errors/409", "/test-errors/500");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SqlStatements sql;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyServedUrlHasARowInTheTable() {
		Set<String> served = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!TEST_ONLY.contains(pattern)) {
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> served.add(method + " " + pattern));
				}
			}
		});
		Set<String> inTable = new TreeSet<>();
		TABLE.forEach(row -> inTable.add(row.method() + " " + row.pattern()));
		assertThat(inTable).as("served URLs without a row in UrlWalkTests.TABLE").containsAll(served);
	}

	@Test
	void everyRoleGetsTheAnswersTheTableSays() throws Exception {
		Map<Examples, Map<String, Long>> examples = Map.of(Examples.FIRST, examples(), Examples.SECOND,
				secondAgreementExamples(false), Examples.SECOND_PUBLISHED, secondAgreementExamples(true));
		List<MockHttpSession> sessions = new ArrayList<>();
		for (String user : USERS) {
			sessions.add(signIn(user));
		}
		List<String> wrong = new ArrayList<>();
		List<String> heavy = new ArrayList<>();
		for (Row row : TABLE) {
			String url = url(row.pattern(), examples.get(row.examples()));
			for (int who = 0; who <= USERS.size(); who++) {
				MockHttpSession session = (who == 0) ? null : sessions.get(who - 1);
				this.sql.reset();
				Reply reply = answer(row.method(), url, session);
				Answer actual = reply.answer();
				Answer expected = row.answers().get(who);
				if (row.method().equals("GET") && actual == OK && reply.page()
						&& this.sql.count() > MAX_STATEMENTS) {
					heavy.add("%s as %s: %d statements %s".formatted(url, (who == 0) ? "anonymous" : USERS.get(who - 1),
							this.sql.count(), this.sql.statements()));
				}
				if (actual != expected) {
					wrong.add("%s %s as %s: %s, the table says %s".formatted(row.method(), url,
							(who == 0) ? "anonymous" : USERS.get(who - 1), actual, expected));
				}
			}
		}
		assertThat(wrong).as("answers that differ from the table").isEmpty();
		assertThat(heavy).as("pages that run more than %d SQL statements (issue 15)", MAX_STATEMENTS).isEmpty();
	}

	/**
	 * Every edit form, sent back as the page filled it in, by the first role the table lets open
	 * it, is saved (a redirect) and, since nothing changed, adds nothing to the history and raises
	 * no version, so that a colleague's open form does not turn stale. A form that cannot be saved
	 * as it stands (a required field it does not show, a value it writes in a way it does not read
	 * back) fails here.
	 */
	@Test
	void everyEditFormSentBackAsThePageFilledItInIsSavedAndChangesNothing() throws Exception {
		// the meeting's forms are those of a planned meeting, whose minutes are a draft (the table's
		// meeting has published minutes, which no form changes); it has no decisions or action items,
		// whose forms ActionItemTests sends back as they stand
		Map<String, Long> first = examples();
		long meeting = id("select m.id from meeting m join steering_group g on g.id = m.steering_group_id where g.agreement_id = " + first.get("agreements:id") + " and m.status = 'PLANNED' and m.minutes_status = 'DRAFT' and exists (select 1 from agenda_item a where a.meeting_id = m.id) order by m.id limit 1");
		first.put("meetings:id", meeting);
		first.put("itemId", id("select id from agenda_item where meeting_id = " + meeting + " order by position limit 1"));
		first.remove("decisionId");
		first.remove("actionId");
		Map<Examples, Map<String, Long>> examples = Map.of(Examples.FIRST, first, Examples.SECOND,
				secondAgreementExamples(false), Examples.SECOND_PUBLISHED, secondAgreementExamples(true));
		List<String> forms = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Row row : TABLE) {
			int who = (row.pattern().startsWith("/meetings/") && row.examples() == Examples.FIRST)
					? USERS.indexOf("sekretaer") + 1 : row.answers().indexOf(OK);
			if (!row.method().equals("GET") || !row.pattern().endsWith("/edit") || who < 1) {
				continue;
			}
			String url = url(row.pattern(), examples.get(row.examples()));
			if (url.contains("null")) {
				continue;
			}
			String user = USERS.get(who - 1);
			MockHttpSession session = signIn(user);
			Document page = Pages.get200(this.mvc, url, session);
			long revisions = revisions();
			long versions = versions();
			MockHttpServletResponse response = this.mvc.perform(Pages.submit(page, url, session)).andReturn().getResponse();
			forms.add(url);
			if (response.getStatus() != 302) {
				wrong.add("%s as %s: %d %s".formatted(url, user, response.getStatus(),
						Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("#error-summary li").eachText()));
			}
			else if (revisions() != revisions) {
				wrong.add("%s as %s: saved unchanged, it added a revision to the history".formatted(url, user));
			}
			else if (versions() != versions) {
				wrong.add("%s as %s: saved unchanged, it raised a version (someone else's form would be stale)"
					.formatted(url, user));
			}
		}
		assertThat(forms).as("the edit forms sent").hasSizeGreaterThan(15);
		assertThat(wrong).as("edit forms that do not save as they stand").isEmpty();
	}

	private long revisions() {
		return this.jdbc.sql("select count(*) from audit_revision").query(Long.class).single();
	}

	/** The versions of everything saved with one (the sum over every table with a version column). */
	private long versions() {
		String sum = this.jdbc.sql("""
				select string_agg(format('select coalesce(sum(version), 0) from %I', table_name), ' union all ')
				from information_schema.columns
				where table_schema = current_schema() and column_name = 'version' and data_type in ('bigint', 'integer') and table_name not like '%\\_aud'""")
			.query(String.class)
			.single();
		return this.jdbc.sql("select sum(s) from (" + sum + ") t(s)").query(Long.class).single();
	}

	private Reply answer(String method, String url, MockHttpSession session) throws Exception {
		var request = method.equals("POST") ? post(url).with(csrf()) : get(url);
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			return new Reply(Answer.ERROR, false); // what the server would answer with its 500 page
		}
		boolean page = response.getContentType() != null && response.getContentType().startsWith("text/html");
		int status = response.getStatus();
		if (status == 302) {
			String location = response.getRedirectedUrl();
			return new Reply((location != null && location.matches("(.*//[^/]+)?/login")) ? LOGIN : REDIRECT, page);
		}
		return new Reply(switch (status) {
			case 200 -> OK;
			case 400 -> Answer.BAD_REQUEST;
			case 401 -> Answer.UNAUTHORIZED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 409 -> Answer.CONFLICT;
			case 410 -> GONE;
			default -> (status >= 500 || status == 999) ? Answer.ERROR : Answer.valueOf("STATUS_" + status);
		}, page);
	}

	/** What a request was answered with, and whether it was a page (HTML, not a file to download). */
	record Reply(Answer answer, boolean page) {
	}

	/**
	 * The ids that stand in for the variables of each group of URLs: the NTNU–NHO agreement of
	 * 2023 and its first commitment, delegation and clause, focus area A, the demo reader's
	 * account, and the first person, organisation, role and role holding.
	 */
	private Map<String, Long> examples() throws Exception {
		Map<String, Long> examples = new LinkedHashMap<>();
		long agreement = id("select id from agreement where import_key = 'ntnu-nho-2023'");
		examples.put("agreements:id", agreement);
		examples.put("agreementId", agreement);
		examples.put("commitmentId", id("select c.id from commitment c join focus_area f on f.id = c.focus_area_id where f.agreement_id = " + agreement + " order by c.id limit 1"));
		examples.put("delegationId", id("select id from delegation where agreement_id = " + agreement + " order by id limit 1"));
		examples.put("clauseId", id("select id from clause where agreement_id = " + agreement + " order by id limit 1"));
		examples.put("admin:id", id("select id from user_account where username = 'leser'"));
		examples.put("people:id", id("select id from person order by id limit 1"));
		examples.put("organisations:id", id("select id from organisation order by id limit 1"));
		examples.put("roles:id", id("select id from org_role order by id limit 1"));
		examples.put("assignments:id", id("select id from role_assignment order by id limit 1"));
		examples.put("activities:id", id("select a.id from activity a join focus_area f on f.id = a.focus_area_id where f.agreement_id = " + agreement + " order by a.id limit 1"));
		examples.put("updateId", id("select id from status_update where activity_id = " + examples.get("activities:id") + " order by id limit 1"));
		examples.put("index", 0L);
		examples.put("assessmentId", id("select a.id from evaluation_assessment a join evaluation e on e.id = a.evaluation_id where e.agreement_id = " + agreement + " order by a.id limit 1"));
		examples.put("indicators:id", id("select i.id from indicator i join commitment c on c.id = i.commitment_id join focus_area f on f.id = c.focus_area_id where f.agreement_id = " + agreement + " and i.example order by i.id limit 1"));
		examples.put("measurementId", id("select id from indicator_measurement where indicator_id = " + examples.get("indicators:id") + " order by id limit 1"));
		examples.put("account:id", 999_999_999L);
		examples.put("api:id", agreement);
		examples.put("documents:id", id("select id from document order by id limit 1"));
		long meeting = id("select m.id from meeting m join steering_group g on g.id = m.steering_group_id where g.agreement_id = " + agreement + " and m.minutes_status = 'PUBLISHED' and exists (select 1 from action_item a where a.meeting_id = m.id) and exists (select 1 from decision d where d.meeting_id = m.id) order by m.id limit 1");
		examples.put("meetings:id", meeting);
		examples.put("itemId", id("select id from agenda_item where meeting_id = " + meeting + " order by position limit 1"));
		examples.put("decisionId", id("select id from decision where meeting_id = " + meeting + " order by id limit 1"));
		examples.put("actionId", id("select id from action_item where meeting_id = " + meeting + " order by id limit 1"));
		examples.put("agreementId", agreement);
		examples.put("status-rounds:id", statusRound(agreement));
		examples.put("addendumId", id("select id from addendum where meeting_id = " + meeting + " order by id limit 1"));
		examples.put("deliveryId", id("""
				insert into notification_delivery (kind, recipient, language, subject, text_body, html_body, status, created_at)
				values ('MINUTES_PUBLISHED', 'leser@example.org', 'nb', 'URL-vandring', 'Tekst', '<p>Tekst</p>', 'HELD', now())
				returning id"""));
		examples.put("noticeId", id("""
				insert into notification_notice (account_id, kind, arguments, path, created_at)
				select id, 'MINUTES_PUBLISHED', array['20.11.2023'], '/meetings', now() from user_account where username = 'leser'
				returning id"""));
		examples.put("decisions:id", examples.get("decisionId"));
		return examples;
	}

	/**
	 * A status round of the agreement, closed long ago (made the first time, found afterwards).
	 */
	private long statusRound(long agreement) {
		return this.jdbc.sql("select min(id) from status_round where agreement_id = :agreement and message = 'URL-vandring'")
			.param("agreement", agreement)
			.query(Long.class)
			.optional()
			.orElseGet(() -> this.jdbc.sql("""
					insert into status_round (agreement_id, deadline, message, opened_at, opened_by, opened_by_name)
					values (:agreement, date '2025-01-31', 'URL-vandring', timestamptz '2025-01-10 09:00+01', 'sekretaer', 'Ingrid Berg')
					returning id""")
				.param("agreement", agreement)
				.query(Long.class)
				.single());
	}

	/**
	 * The ids for the rows of the second agreement: the agreement, and a meeting of its steering
	 * group with an agenda item, a decision and an action item, being planned or (with
	 * {@code published}) held with its minutes published. Made through the portal's pages the
	 * first time, and found again afterwards.
	 */
	private Map<String, Long> secondAgreementExamples(boolean published) throws Exception {
		String place = published ? "URL-vandring, publisert" : "URL-vandring, planlagt";
		long group = this.jdbc.sql("select g.id from steering_group g join agreement a on a.id = g.agreement_id where a.import_key = :key")
			.param("key", SecondAgreement.KEY)
			.query(Long.class)
			.single();
		var existing = this.jdbc.sql("select id from meeting where steering_group_id = :group and place = :place order by id limit 1")
			.param("group", group)
			.param("place", place)
			.query(Long.class)
			.optional();
		long meeting = existing.isPresent() ? existing.get() : secondAgreementMeeting(group, place, published);
		Map<String, Long> examples = new LinkedHashMap<>();
		examples.put("agreements:id", id("select id from agreement where import_key = '" + SecondAgreement.KEY + "'"));
		examples.put("meetings:id", meeting);
		examples.put("itemId", id("select id from agenda_item where meeting_id = " + meeting + " order by position limit 1"));
		examples.put("decisionId", id("select id from decision where meeting_id = " + meeting + " order by id limit 1"));
		examples.put("actionId", id("select id from action_item where meeting_id = " + meeting + " order by id limit 1"));
		return examples;
	}

	private long secondAgreementMeeting(long group, String place, boolean published) throws Exception {
		MockHttpSession secretary = signIn(SecondAgreement.SECRETARY);
		String location = this.mvc
			.perform(post("/meetings/new").session(secretary)
				.with(csrf())
				.param("steeringGroupId", String.valueOf(group))
				.param("date", published ? "2023-06-05" : "2031-06-02")
				.param("time", "10:00")
				.param("durationMinutes", "120")
				.param("place", place))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		send(secretary, meeting, "/agenda/new", "title", "Felles forskning", "presenter", "Frida Eksempel");
		long item = id("select max(id) from agenda_item where meeting_id = " + meeting);
		send(secretary, meeting, "/agenda/" + item + "/decisions/new", "text", "Forskningen fortsetter.");
		send(secretary, meeting, "/agenda/" + item + "/actions/new", "text", "Skrive en plan", "owner",
				this.jdbc.sql("select name from attendee where meeting_id = :meeting order by id limit 1").param("meeting", meeting)
					.query(String.class).single(), "dueDate", "2031-12-31");
		if (published) {
			send(secretary, meeting, "/held");
			send(secretary, meeting, "/submit");
			send(signIn("prorektor"), meeting, "/approve");
			send(signIn(SecondAgreement.MEMBER), meeting, "/approve");
			send(secretary, meeting, "/publish");
		}
		assertThat(this.jdbc.sql("select minutes_status from meeting where id = " + meeting).query(String.class).single())
			.isEqualTo(published ? "PUBLISHED" : "DRAFT");
		assertThat(this.jdbc.sql("select count(*) from action_item where meeting_id = " + meeting).query(Long.class).single())
			.isOne();
		return meeting;
	}

	private void send(MockHttpSession session, long meeting, String path, String... fields) throws Exception {
		var request = post("/meetings/" + meeting + path).session(session)
			.with(csrf())
			.param("version", String.valueOf(id("select version from meeting where id = " + meeting)));
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		this.mvc.perform(request);
	}

	private static String url(String pattern, Map<String, Long> examples) {
		String section = pattern.replaceFirst("^/([^/]*).*$", "$1");
		Matcher variables = Pattern.compile("\\{(\\w+)(?::[^}]*)?}").matcher(pattern);
		StringBuilder url = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = switch (name) {
				case "code" -> "A";
				case "token" -> "no-such-invitation";
				default -> String.valueOf(examples.getOrDefault(section + ":" + name, examples.get(name)));
			};
			variables.appendReplacement(url, value);
		}
		variables.appendTail(url);
		return url.toString();
	}

	private long id(String query) {
		return this.jdbc.sql(query).query(Long.class).single();
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/login").session(session).with(csrf()).param("username", username).param("password", "demo"));
		return session;
	}

	private static Row row(String method, String pattern, Answer... answers) {
		return new Row(Examples.FIRST, method, pattern, List.of(answers));
	}

	/** A row of the second agreement, with a meeting being planned. */
	private static Row second(String method, String pattern, Answer... answers) {
		return new Row(Examples.SECOND, method, pattern, List.of(answers));
	}

	/** A row of the second agreement, with a meeting whose minutes are published. */
	private static Row secondPublished(String method, String pattern, Answer... answers) {
		return new Row(Examples.SECOND_PUBLISHED, method, pattern, List.of(answers));
	}

	/**
	 * A URL pattern, the ids it is walked with, and, per column, the answer: anonymous, then the
	 * logins in the order of {@link #USERS}.
	 */
	record Row(Examples examples, String method, String pattern, List<Answer> answers) {

		Row {
			if (answers.size() != USERS.size() + 1) {
				throw new IllegalArgumentException(method + " " + pattern + " needs an answer for anonymous and each login");
			}
		}

	}

	/** Which ids fill the variables of a row. */
	enum Examples {

		/** The NTNU–NHO agreement and its demo data, a meeting with published minutes. */
		FIRST,
		/** The NTNU–FIE agreement, a meeting being planned. */
		SECOND,
		/** The NTNU–FIE agreement, a meeting with published minutes. */
		SECOND_PUBLISHED

	}

	enum Answer {

		/** 200, the page. */
		OK,
		/** 302 to the login page. */
		LOGIN,
		/** 302 elsewhere, as after an action. */
		REDIRECT,
		/** 400, a request the page cannot read (here: an action without its form fields). */
		BAD_REQUEST,
		/** 401, a call to the API without a valid bearer token. */
		UNAUTHORIZED,
		/** 403, the "no access" page. */
		FORBIDDEN,
		/** 404, the "not found" page. */
		NOT_FOUND,
		/** 409, the conflict page: the record changed meanwhile or is locked (published minutes). */
		CONFLICT,
		/** 410, an invitation link that is used up, expired or unknown. */
		GONE,
		/** The error page reached directly. */
		ERROR

	}

}
