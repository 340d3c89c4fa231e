/**
 * The commands, one record each, as the command API takes them.
 */
package org.cooperation.agreement.api.command;
