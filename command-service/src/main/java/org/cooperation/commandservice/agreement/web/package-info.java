/**
 * The command API over HTTP: requests, their validation, and RFC 7807 answers for refused commands.
 */
package org.cooperation.commandservice.agreement.web;
