/**
 * The query service's HTTP conventions, shared by reading and operations: RFC 7807 answers, the
 * checks of query parameters, the OpenAPI description.
 */
package org.cooperation.queryservice.web;
