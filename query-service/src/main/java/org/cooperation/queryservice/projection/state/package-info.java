/**
 * The current state of each agreement, folded from its events ({@link
 * org.cooperation.queryservice.projection.state.AgreementState}), and the links between agreements:
 * the {@code agreement} and {@code agreement_link} tables.
 */
package org.cooperation.queryservice.projection.state;
