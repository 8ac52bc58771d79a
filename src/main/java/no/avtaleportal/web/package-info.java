/**
 * What every page shares: the layout's model ({@link no.avtaleportal.web.PageFrame}: language
 * switch, WebJar and static links, demo banner), the language and the clock, formatting of dates,
 * years and counts ({@link no.avtaleportal.web.Formats}), a list's filter read from the query
 * string ({@link no.avtaleportal.web.FromQuery}), bad input as 400, relative redirects and
 * the public address, static files, the request id in the log, the error pages and the
 * accessibility statement, Markdown, PDF documents, SVG bar charts, CSV files, error summaries and
 * scroll regions. It uses no feature module, only {@code database} for the demo banner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web frame",
		allowedDependencies = { "database" })
package no.avtaleportal.web;
